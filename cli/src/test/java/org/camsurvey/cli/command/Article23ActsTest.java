package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regulation's Art. 23(二) end to end: it forbids altering, relocating or removing equipment
 * installed under Art. 7, and obstructing it by spraying or covering; Art. 30 punishes only the
 * first ("违反本条例第二十三条第二项规定擅自改动、迁移、拆除图像采集设备及相关设施的"). The checklist asks
 * each act on its own row, and a row asking both at once is read only where its answer cannot
 * hide which act was found.
 */
class Article23ActsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SQUARE =
      "\"POLYGON ((106.5772 29.5582, 106.5774 29.5582, 106.5774 29.5584, 106.5772 29.5584, 106.5772 29.5582))\"";

  /** A lawful public road site of class government, with the checklist rows given. */
  private static Path survey(Path dir, String checklistRows) throws IOException {
    Files.writeString(dir.resolve("sites.csv"), "site_id,name,class\nS1,某路口,government\n");
    Files.writeString(dir.resolve("cameras.csv"),
        "camera_id,site_id,lon,lat,heading,hfov,range_m,signage,retention,installed,filed,consent\n"
            + "C1,S1,106.5770,29.5580,45,90,60,yes,30,2020-01-01,2020-01-10,\n");
    Files.writeString(dir.resolve("zones.csv"), "zone_id,site_id,rule,item,kind,name,min_cover,wkt\n"
        + "Z1,S1,mandated,,public_road,路口,0.01," + SQUARE + "\n");
    Files.writeString(dir.resolve("checklist.csv"), "site_id,article,item,answer,note,checked_by,when,law\n"
        + checklistRows);
    return dir;
  }

  private static List<String> checklistFindings(Run run) throws IOException {
    List<String> rows = new ArrayList<>();
    for (JsonNode f : JSON.readTree(run.out()).get("findings")) {
      if (f.get("code").asText().endsWith("_CHECKLIST")) {
        rows.add(f.get("code").asText() + " " + f.get("article").asText() + f.get("item").asText() + " "
            + f.path("act").asText("-") + " " + f.get("severity").asText() + " " + f.get("party").asText() + " "
            + f.path("consequence").asText("-"));
      }
    }
    return rows;
  }

  @Test
  void eachActFoundIsAFindingOnArticle23ItemTwoAndOnlyAlteringCitesArticle30(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, "S1,23,(二)改动,no,灯杆摄像机被移至路口另一侧,王芳,2026-11-20,cn2025\n"
        + "S1,23,(二)遮挡,否,摄像机镜头被喷漆,王芳,2026-11-20,cn2025\n");

    Run run = Cli.run("check", folder.toString(), "--law", "cn2025", "--date", "2026-11-20", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(checklistFindings(run)).containsExactly(
        "CN23_CHECKLIST 23(二) alter violation anyone 30",
        "CN23_CHECKLIST 23(二) obstruct violation anyone -");
  }

  @Test
  void theTableSaysWhichActWasFoundAndThatCoveringCarriesNoPenalty(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, "S1,23,(二)喷涂,no,,王芳,2026-11-20,cn2025\n");

    Run run = Cli.run("check", folder.toString(), "--law", "cn2025", "--date", "2026-11-20", "--lang", "en",
        "--width", "400");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("an act that Art. 23(二) of the regulation prohibits was found: obstructing the "
        + "normal operation of equipment installed under Art. 7 by spraying paint, covering or other means; the "
        + "regulation forbids it but sets no penalty for it").doesNotContain("which Art. 30 punishes");
    // anyone's act: no deadline for the site, and no referral under the measures' Art. 26
    assertThat(run.out()).contains("Party: any unit or person; recorded, whoever did it is dealt with apart")
        .doesNotContain("Art. 26");
  }

  /** A checklist of before the split: its yes or na answers both acts alike. */
  @Test
  void aRowOnTheWholeItemAnsweredYesOrNaIsReadAsTheSameAnswerOnBothActs(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, "S1,23,(二),yes,,王芳,2026-11-20,cn2025\nS1,23,二,na,,王芳,2026-11-20,cn2025\n");

    Run run = Cli.run("check", folder.toString(), "--law", "cn2025", "--date", "2026-11-20", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(checklistFindings(run)).isEmpty();
  }

  /** Its no cannot say which act was found, and the two are punished apart: refused, asking which. */
  @Test
  void aRowOnTheWholeItemAnsweredNoIsRefusedNamingTheActsToChooseFrom(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, "S1,22,,yes,,王芳,2026-11-20,cn2025\nS1,23,(二),no,,王芳,2026-11-20,cn2025\n");

    Run run = Cli.run("check", folder.toString(), "--law", "cn2025", "--date", "2026-11-20");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("checklist.csv", "layer 'checklist'", "record #2", "field 'item'",
        "must say which act was found", "Art. 30", "(二)改动 or (二)遮挡");
    assertThat(run.err().lines().count()).as("one line: %s", run.err()).isEqualTo(1);
  }

  @Test
  void anActNamedOnAnotherItemIsNotADuty(@TempDir Path dir) throws IOException {
    Path folder = survey(dir, "S1,23,(一)遮挡,no,,王芳,2026-11-20,cn2025\n");

    Run run = Cli.run("check", folder.toString(), "--law", "cn2025");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("checklist.csv", "record #1", "is not a checklist duty of the regulation",
        "23(二)改动, 23(二)遮挡");
  }

  /** The inspection report's text for each act: the fact, Art. 23(二) quoted, and what follows. */
  @Tag("slow")
  @Test
  void theInspectionReportQuotesArticle30ForAlteringAndNoPenaltyForCovering(@TempDir Path dir) throws IOException {
    Path folder = survey(Files.createDirectories(dir.resolve("survey")),
        "S1,23,(二)拆除,no,,王芳,2026-11-20,cn2025\nS1,23,(二)遮挡,no,,王芳,2026-11-20,cn2025\n");
    Path pdf = dir.resolve("report.pdf");

    Run run = Cli.run("inspect", folder.toString(), "--law", "cn2025", "--date", "2026-11-20", "-o", pdf.toString(),
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(pdf).replaceAll("[\\s\u3000]+", "");
    String altered = text.substring(text.indexOf("所列行为：擅自改动、迁移、拆除"));
    String covered = text.substring(text.indexOf("所列行为：以喷涂、遮挡等方式妨碍"));
    // each finding quotes the item, then what follows it, then its deadline
    assertThat(altered).startsWith("所列行为：擅自改动、迁移、拆除依据条例第七条规定安装的图像采集设备及相关设施，依条例第三十条处罚")
        .contains("（二）擅自改动、迁移、拆除依据本条例第七条规定安装的图像采集设备及相关设施，或者以喷涂、遮挡等方式妨碍其正常运行");
    assertThat(altered.substring(0, altered.indexOf("整改期限"))).contains(
        "法律后果第三十条违反本条例第二十三条第二项规定擅自改动、迁移、拆除图像采集设备及相关设施的，由公安机关责令改正，给予警告");
    assertThat(covered.substring(0, covered.indexOf("整改期限")))
        .contains("法律后果本条例未对此规定罚则，建议整改。").doesNotContain("第三十条违反");
    assertThat(covered.substring(covered.indexOf("整改期限"))).startsWith("整改期限不适用于被检查单位（记录在案，对行为人另行处理）");
    assertThat(text).doesNotContain("本办法未对此规定罚则").doesNotContain("依第二十六条移送处理");
  }
}
