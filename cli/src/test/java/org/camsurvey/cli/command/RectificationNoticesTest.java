package org.camsurvey.cli.command;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect --office FILE}: after the report, one rectification notice per unit asked to
 * rectify, each with its own number from the office's pattern and its own page count, naming the
 * review organ and the court, with no finding code in its text; repeated findings of one kind at
 * one site grouped under one quote.
 */
@Tag("slow")
class RectificationNoticesTest {
  private static final String OFFICE = SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString();
  private static final Pattern CODE = Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b");

  @Test
  void eachUnitGetsANoticeWithItsOwnNumberAndPages(@TempDir Path work) throws IOException {
    Path pdf = work.resolve("report.pdf");
    Run run = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", pdf.toString(), "--office", OFFICE,
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(pdf);
    String notices = text.substring(text.indexOf("责令限期改正通知书"));
    // the sample's units with something to rectify: the street, the bank, the hotel, the mall, the school
    for (int seq = 1; seq <= 5; seq++) {
      assertThat(notices).contains("渝中公（治）责改字〔2023〕" + seq + "号");
    }
    assertThat(notices).doesNotContain("〔2023〕6号");
    // every notice counts its pages from 1
    assertThat(notices.replaceAll("\\s+", "").split("第1页/共", -1)).hasSize(6);
    assertThat(notices).contains("重庆渝江商业银行股份有限公司解放碑支行", "重庆市渝中区人民政府", "重庆市渝中区人民法院",
        "六十日内", "六个月内", "被检查单位意见", "送达方式", "重庆市公安局渝中区分局（印章）");
    Matcher code = CODE.matcher(notices);
    assertThat(code.find()).as("a finding code in a notice: %s", code.find() ? code.group() : "").isFalse();
  }

  /** Under the regulation a notice names it, cites its articles and quotes its text and penalties, never the measures'. */
  @Test
  void aNoticeUnderTheRegulationCitesAndQuotesTheRegulation(@TempDir Path work) throws IOException {
    Path pdf = work.resolve("report.pdf");
    Run run = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", pdf.toString(), "--office", OFFICE,
        "--law", "cn2025", "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(pdf);
    String notices = text.substring(text.indexOf("责令限期改正通知书")).replaceAll("\\s+", "");
    assertThat(notices).contains("本机关依照《公共安全视频图像信息系统管理条例》对你单位",
        // Art. 8(1)(一) of the regulation, and its Art. 27's confiscation
        "旅馆、饭店、宾馆、招待所、民宿等经营接待食宿场所的客房或者包间内部", "没收");
    assertThat(notices).doesNotContain("重庆市社会公共安全视频图像信息系统管理办法");
  }

  @Test
  void sixtyFindingsOfOneKindAtOneSiteMakeOneGroupWithOneQuote(@TempDir Path work) throws IOException {
    Path survey = Files.createDirectories(work.resolve("survey"));
    for (String layer : List.of("sites", "zones", "obstacles")) {
      Files.copy(Path.of(SampleSurveys.sample("jiefangbei").toString(), layer + ".geojson"), survey.resolve(layer + ".geojson"));
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode cameras = (ObjectNode) json.readTree(Path.of(SampleSurveys.sample("jiefangbei").toString(), "cameras.geojson").toFile());
    ArrayNode features = (ArrayNode) cameras.get("features");
    ObjectNode template = (ObjectNode) features.get(0);
    features.removeAll();
    for (int i = 1; i <= 60; i++) {
      ObjectNode c = template.deepCopy();
      ObjectNode p = (ObjectNode) c.get("properties");
      p.put("camera_id", String.format("ST-X%02d", i));
      p.putNull("filed");
      p.put("heading", 90);
      p.put("range_m", 5);
      features.add(c);
    }
    Files.writeString(survey.resolve("cameras.geojson"), json.writeValueAsString(cameras), StandardCharsets.UTF_8);
    Path pdf = work.resolve("report.pdf");

    Run run = Cli.run("inspect", survey.toString(), "-o", pdf.toString(), "--office", OFFICE,
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String notices = DocumentCommandsTest.text(pdf).substring(DocumentCommandsTest.text(pdf).indexOf("责令限期改正通知书"));
    assertThat(notices).contains("违反第十五条的规定（60 处）", "ST-X01", "ST-X60");
    assertThat(notices.split("第十五条 　", -1)).as("the article quoted once").hasSize(2);
    assertThat(notices.replaceAll("\\s+", "")).contains("第1页/共3页");
  }

  @Test
  void anOfficeProfileWithoutTheCourtIsRefusedBeforeAnythingIsWritten(@TempDir Path work) throws IOException {
    Path office = work.resolve("office.properties");
    Files.writeString(office, "organ=重庆市公安局渝中区分局\nnumber=渝中公（治）责改字〔{year}〕{seq}号\nreview_organ=重庆市渝中区人民政府\n",
        StandardCharsets.UTF_8);
    Path pdf = work.resolve("report.pdf");

    Run run = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", pdf.toString(), "--office", office.toString(),
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("office.properties", "court").doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(pdf).doesNotExist();
  }

  @Test
  void manyUnitsWithEightyCharacterNamesEachGetANoticeInEnglish(@TempDir Path work) throws IOException {
    Path survey = Files.createDirectories(work.resolve("survey"));
    for (String layer : List.of("cameras", "zones", "obstacles", "access_log.csv", "checklist.csv")) {
      String file = layer.contains(".") ? layer : layer + ".geojson";
      Files.copy(Path.of(SampleSurveys.sample("jiefangbei").toString(), file), survey.resolve(file));
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode sites = (ObjectNode) json.readTree(Path.of(SampleSurveys.sample("jiefangbei").toString(), "sites.geojson").toFile());
    List<String> names = new java.util.ArrayList<>();
    for (var site : sites.get("features")) {
      ObjectNode p = (ObjectNode) site.get("properties");
      String name = ("重庆" + p.get("site_id").asText() + "综合管理有限责任公司").repeat(8).substring(0, 80);
      names.add(name);
      p.put("operator", name);
      p.put("credit_code", "91500103MA5U" + String.format("%06d", names.size()));
    }
    Files.writeString(survey.resolve("sites.geojson"), json.writeValueAsString(sites), StandardCharsets.UTF_8);
    Path pdf = work.resolve("report.pdf");

    Run run = Cli.run("inspect", survey.toString(), "-o", pdf.toString(), "--office", OFFICE, "--lang", "en",
        "--inspector", "Zhang Wei:50010012345", "--inspector", "Li Na:50010067890");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String text = DocumentCommandsTest.text(pdf);
    String notices = text.substring(text.indexOf("Notice to Rectify within a Time Limit")).replaceAll("\\s+", "");
    // every site has its own unit now: the hotel's third floor gets a notice of its own
    assertThat(notices).contains("〔2023〕6号").doesNotContain("〔2023〕7号");
    assertThat(notices).contains("applyto重庆市渝中区人民政府foradministrativereviewwithin60days", "91500103MA5U000001");
    for (String name : names.subList(2, 7)) {
      assertThat(notices).contains(name);
    }
  }
}
