package org.camsurvey.cli.command;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --map-png DIR} and {@code --map-svg DIR} of check and fov: one image a site, all or none. */
@Tag("slow")
class MapImagesCommandTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();
  private static final String[] SITES = {"JFB-BANK", "JFB-HOTEL", "JFB-HOTEL-3F", "JFB-MALL", "JFB-SCHOOL", "JFB-STREET",
      "JFB-WC"};

  @Test
  void checkDrawsEverySiteWithItsFindingsNumberedAndKeyed(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("png");
    Path svg = dir.resolve("svg");

    Run run = Cli.run("check", SAMPLE, "--lang", "zh", "--map-png", png.toString(), "--map-svg", svg.toString(),
        "-o", dir.resolve("findings.txt").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(names(png)).containsExactlyInAnyOrder(Stream.of(SITES).map(s -> s + ".png").toArray(String[]::new));
    assertThat(names(svg)).containsExactlyInAnyOrder(Stream.of(SITES).map(s -> s + ".svg").toArray(String[]::new));
    String street = Files.readString(svg.resolve("JFB-STREET.svg"), StandardCharsets.UTF_8);
    // ST-05 sees 48.04 m² of the public toilet: too small on the street's map, so it has an inset
    assertThat(street).contains("ST-05 → JFB-WC/Z-W-01 违法 第九条第（三）项", "局部放大图 A", "问题所涉部位");
    assertThat(ImageIO.read(png.resolve("JFB-STREET.png").toFile()).getWidth()).isEqualTo(2000);
  }

  @Test
  void theSameSurveyGivesTheSameImages(@TempDir Path dir) throws IOException {
    Cli.run("check", SAMPLE, "--map-png", dir.resolve("a").toString(), "-o", dir.resolve("a.txt").toString());
    Cli.run("check", SAMPLE, "--map-png", dir.resolve("b").toString(), "-o", dir.resolve("b.txt").toString());

    for (String site : SITES) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(site + ".png")))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(site + ".png")));
    }
  }

  @Test
  void fovDrawsTheViewsWithoutAnOutputFile(@TempDir Path dir) throws IOException {
    Run run = Cli.run("fov", SAMPLE, "--lang", "en", "--map-svg", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(names(dir)).hasSize(SITES.length);
    assertThat(Files.readString(dir.resolve("JFB-HOTEL-3F.svg"), StandardCharsets.UTF_8))
        .contains("camera view", "H3-02").doesNotContain("part a finding is about");
  }

  @Test
  void fovWithNeitherAnOutputNorAMapIsAUsageError() {
    Run run = Cli.run("fov", SAMPLE);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--output");
  }

  @Test
  void anImageThatExistsIsKeptWithoutForceAndNoOtherIsWritten(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("JFB-WC.png"), "keep me");

    Run refused = Cli.run("check", SAMPLE, "--map-png", dir.toString(), "-o", dir.resolve("out.txt").toString());

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("JFB-WC.png");
    assertThat(Files.readString(dir.resolve("JFB-WC.png"))).isEqualTo("keep me");
    assertThat(names(dir)).containsExactly("JFB-WC.png");

    Run forced = Cli.run("check", SAMPLE, "--map-png", dir.toString(), "--force", "-o", dir.resolve("out.txt").toString());

    assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(1);
    assertThat(Files.readAllBytes(dir.resolve("JFB-WC.png"))).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void aFolderThatIsAFileIsAUsageError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("maps"), "");

    Run run = Cli.run("check", SAMPLE, "--map-svg", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("maps: is a file");
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
