package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's architecture diagram is the code's: it lists every package of each module, each
 * above every package it imports, with the imports it draws (→) being the ones it has, besides
 * the bottom of its module.
 */
class ReadmeDiagramTest {
  private static final String BASE = "org.camsurvey.";
  /** The packages everything in a module may use, which the diagram leaves out of its arrows. */
  private static final Map<String, Set<String>> UNDRAWN = Map.of(
      "survey-model", Set.of("model", "geo"),
      "reports", Set.of("report"),
      "cli", Set.of("cli.run"));
  /** A package, what it is, and (after two blanks or more: a description may hold an arrow too) what it imports. */
  private static final Pattern ROW = Pattern.compile("  (\\S+)\\s{2,}.*?(?:\\s{2,}→ (.*))?");

  /** A row of the diagram: a package (below org.camsurvey) and what it is drawn importing. */
  private record Row(String module, String name, Set<String> arrows) {}

  private static JavaClasses classes;
  private static Map<String, Row> rows;

  @BeforeAll
  static void readCodeAndDiagram() throws IOException {
    classes = ProjectClasses.all();
    rows = diagram(Files.readString(SampleSurveys.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8));
  }

  @Test
  void everyPackageIsInTheDiagramAndNoOther() {
    Set<String> packages = new TreeSet<>();
    for (JavaClass type : classes) {
      packages.add(type.getPackageName().substring(BASE.length()));
    }
    assertThat(new TreeSet<>(rows.keySet())).isEqualTo(packages);
    assertThat(rows.values().stream().map(Row::module).distinct()).containsExactly("cli", "reports", "survey-model");
  }

  @Test
  void noPackageImportsOneDrawnAboveIt() {
    List<String> order = new ArrayList<>(rows.keySet());
    Set<String> upward = new TreeSet<>();
    imports().forEach((from, targets) -> targets.stream()
        .filter(to -> rows.get(to).module().equals(rows.get(from).module()))
        .filter(to -> order.indexOf(to) < order.indexOf(from))
        .forEach(to -> upward.add(from + " → " + to)));
    assertThat(upward).as("imports of a package drawn above").isEmpty();
  }

  @Test
  void theArrowsAreTheImports() {
    Map<String, Set<String>> imports = imports();
    for (Row row : rows.values()) {
      Set<String> expected = new TreeSet<>(imports.getOrDefault(row.name(), Set.of()));
      expected.removeIf(to -> !rows.get(to).module().equals(row.module()) || UNDRAWN.get(row.module()).contains(to));
      assertThat(row.arrows()).as("what %s is drawn importing", row.name()).isEqualTo(expected);
    }
  }

  /**
   * Each package's imports of other packages of the project, by their names below org.camsurvey, as
   * compiled: a constant javac copies into the class that uses it is not an import.
   */
  private static Map<String, Set<String>> imports() {
    Map<String, Set<String>> imports = new TreeMap<>();
    for (JavaClass type : classes) {
      String from = type.getPackageName().substring(BASE.length());
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
        if (to.startsWith(BASE) && !to.equals(type.getPackageName())) {
          imports.computeIfAbsent(from, name -> new TreeSet<>()).add(to.substring(BASE.length()));
        }
      }
    }
    return imports;
  }

  /** The rows of the README's first drawing under "Architecture", in their order, by module. */
  private static Map<String, Row> diagram(String readme) {
    String section = readme.substring(readme.indexOf("\n## Architecture\n"));
    int start = section.indexOf("```\n") + 4;
    Map<String, Row> rows = new LinkedHashMap<>();
    String module = null;
    for (String line : section.substring(start, section.indexOf("```", start)).split("\n")) {
      Matcher row = ROW.matcher(line);
      if (UNDRAWN.containsKey(line)) {
        module = line;
      } else if (module != null && row.matches()) {
        Set<String> arrows = new TreeSet<>();
        if (row.group(2) != null) {
          arrows.addAll(List.of(row.group(2).split(", ")));
        }
        rows.put(row.group(1), new Row(module, row.group(1), arrows));
      }
    }
    return rows;
  }

  @Test
  void theDiagramIsReadRowByRowWithItsArrows() {
    Map<String, Row> drawn = diagram("\n## Architecture\n\n```\nsurvey-model\n  rules  views → findings  → view, law, read\n"
        + "  geo    files → geometry\n```\n");

    assertThat(drawn.keySet()).containsExactly("rules", "geo");
    assertThat(drawn.get("rules").arrows()).containsExactlyInAnyOrder("view", "law", "read");
    assertThat(drawn.get("geo").arrows()).isEmpty();
  }
}
