package org.camsurvey.cli.command;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code filing --operator/--site/--split/--print-datum}: one packet per using unit, each with its own
 * number and pages, on its own with --split, and the datum of the printed positions stated.
 */
@Tag("slow")
class FilingUnitsTest {
  @Test
  void everyUnitGetsItsOwnPacketAndSplitWritesEachApart(@TempDir Path work) throws IOException {
    Path packet = work.resolve("packets.pdf");
    Path split = work.resolve("split");
    Run run = Cli.run("filing", SampleSurveys.sample("jiefangbei").toString(), "-o", packet.toString(), "--split", split.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(packet).replaceAll("\\s+", "");
    // the sample's seven sites belong to six units: the hotel runs both of its sites
    assertThat(text).contains("CS-FIL-20230830-74249441-6").doesNotContain("CS-FIL-20230830-74249441-7");
    assertThat(text.split("第1页/共", -1)).hasSize(7);
    assertThat(text).contains("坐标为WGS84经纬度（度）。", "统一社会信用代码", "建设单位");
    try (Stream<Path> files = Files.list(split)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(6)
          .first().isEqualTo("CS-FIL-20230830-74249441-1.pdf");
    }
    String hotel = DocumentCommandsTest.text(split.resolve("CS-FIL-20230830-74249441-5.pdf"));
    assertThat(hotel).contains("JFB-HOTEL", "JFB-HOTEL-3F", "H3-02").doesNotContain("JFB-BANK");
  }

  @Test
  void aSiteAloneInGcj02(@TempDir Path work) throws IOException {
    Path packet = work.resolve("bank.pdf");
    Run run = Cli.run("filing", SampleSurveys.sample("jiefangbei").toString(), "-o", packet.toString(), "--site", "JFB-BANK",
        "--print-datum", "gcj02");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(packet);
    assertThat(text.replaceAll("\\s+", "")).contains("GCJ-02").doesNotContain("JFB-HOTEL");
    assertThat(text).contains("B-03");
  }

  @Test
  void anUnknownOperatorIsAUsageError(@TempDir Path work) {
    Path packet = work.resolve("x.pdf");
    Run run = Cli.run("filing", SampleSurveys.sample("jiefangbei").toString(), "-o", packet.toString(), "--operator", "无此单位");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--operator '无此单位' runs no site of the survey");
    assertThat(packet).doesNotExist();
  }
}
