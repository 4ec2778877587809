package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record's attributes behave as the unmodifiable ordered map they replace. */
class AttributesTest {
  @Test
  void aCopyIsTheMapInItsOrderWithItsNulls() {
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("zone_id", "Z1");
    read.put("min_cover", 0.8);
    read.put("name", null);
    read.put("rule", "forbidden");

    Map<String, Object> attributes = Attributes.copyOf(read);

    assertThat(attributes).isEqualTo(read).hasSameHashCodeAs(read);
    assertThat(attributes.keySet()).containsExactly("zone_id", "min_cover", "name", "rule");
    assertThat(attributes.get(new String("rule"))).as("found by value, not identity").isEqualTo("forbidden");
    assertThat(attributes.containsKey("name")).isTrue();
    assertThat(attributes.get("name")).isNull();
    assertThat(attributes.containsKey("kind")).isFalse();
    assertThat(attributes.get("kind")).isNull();
    assertThat(attributes.get(null)).isNull();
    assertThat(attributes).hasToString(read.toString());
  }

  @Test
  void itIsUnmodifiableAndCopiedOnce() {
    Map<String, Object> attributes = Attributes.copyOf(new HashMap<>(Map.of("a", 1L)));

    assertThatThrownBy(() -> attributes.put("b", 2L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> attributes.entrySet().iterator().next().setValue(3L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Attributes.copyOf(attributes)).isSameAs(attributes);
    assertThat(new RawFeature(1, attributes, null).attributes()).isSameAs(attributes);
  }

  @Test
  void sharedNamesMustMatchTheValues() {
    String[] names = {"camera_id", "heading"};
    assertThat(Attributes.over(names, new Object[] {"C1", 90.0})).containsEntry("heading", 90.0);
    assertThatThrownBy(() -> Attributes.over(names, new Object[] {"C1"})).isInstanceOf(IllegalArgumentException.class);
  }
}
