package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey written with the 2025 fields, checked under the measures end to end: a fitting room
 * given only by its kind is Art. 9(3)'s; a gathering place without its item is not judged, and the
 * check says why; a sensitive zone is none of the measures'.
 */
class RegulationFieldsCheckTest {
  private static final String SQUARE =
      "\"POLYGON ((106.5771 29.5581, 106.5774 29.5581, 106.5774 29.5583, 106.5771 29.5583, 106.5771 29.5581))\"";

  @Test
  void kindOnlyAndSensitiveZonesUnderTheMeasures(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("sites.csv"), "site_id,name,class\nS1,江北机场,operator\n");
    Files.writeString(dir.resolve("cameras.csv"), "camera_id,site_id,lon,lat,heading,hfov,range_m,consent,proposed\n"
        + "C1,S1,106.5770,29.5580,45,90,30,no,\n");
    Files.writeString(dir.resolve("zones.csv"), "zone_id,site_id,rule,item,kind,name,wkt\n"
        + "Z1,S1,forbidden,,fitting_room,试衣间," + SQUARE + "\n"
        + "Z2,S1,mandated,,gathering_place,到达大厅," + SQUARE + "\n"
        + "Z3,S1,sensitive,,,营区周边," + SQUARE + "\n");

    Run table = Cli.run("check", dir.toString(), "--lang", "en");
    Run json = Cli.run("check", dir.toString(), "--format", "json");

    assertThat(table.exitCode()).as(table.toString()).isEqualTo(1);
    assertThat(table.out()).contains("ART9_FORBIDDEN_VIEW      C1 → Z1").contains("(Art. 9(3))")
        // the table wraps the line at the terminal's width
        .contains("Record Z2 of layer zones in").contains("value for item; the rules that need it were not applied")
        .doesNotContain("Z3").doesNotContain("ART8_UNCOVERED");
    JsonNode findings = new ObjectMapper().readTree(json.out()).get("findings");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.get("code").asText()).isEqualTo("ART9_FORBIDDEN_VIEW");
      assertThat(f.get("item").asText()).isEqualTo("3");
    });
  }
}
