package org.camsurvey.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.fixture.SampleSurveys;

/**
 * The survey the trials ask for, as an inspector would meet it: the sample's street and
 * its neighbours grown to twelve sites, each run by its own unit with an 80-character name, and
 * sixty cameras of the street installed but never filed, so that one site has sixty findings of
 * one kind.
 */
final class TrialSurvey {
  static final int UNITS = 12;
  static final int STREET_CAMERAS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrialSurvey() {}

  /** Writes the survey into {@code dir}; the units' names, in the order of the sites. */
  static List<String> write(Path dir) throws IOException {
    Path sample = SampleSurveys.sample("jiefangbei");
    Files.createDirectories(dir);
    for (String file : List.of("zones.geojson", "obstacles.geojson", "access_log.csv", "checklist.csv")) {
      Files.copy(sample.resolve(file), dir.resolve(file));
    }
    ObjectNode sites = (ObjectNode) JSON.readTree(sample.resolve("sites.geojson").toFile());
    ArrayNode siteFeatures = (ArrayNode) sites.get("features");
    ObjectNode wc = (ObjectNode) siteFeatures.get(1);
    for (int i = siteFeatures.size() + 1; i <= UNITS; i++) {
      ObjectNode copy = wc.deepCopy();
      ObjectNode p = (ObjectNode) copy.get("properties");
      p.put("site_id", "JFB-T" + i);
      p.put("name", "民权路公共厕所（" + i + "号）");
      siteFeatures.add(copy);
    }
    List<String> names = new ArrayList<>();
    List<String> siteIds = new ArrayList<>();
    for (var site : siteFeatures) {
      ObjectNode p = (ObjectNode) site.get("properties");
      // 80 characters, the site's id near the start as a real name's place would be
      String name = ("重庆" + p.get("site_id").asText() + "城市公共安全视频图像信息系统" + "综合运营管理服务".repeat(10))
          .substring(0, 76) + "有限公司";
      names.add(name);
      siteIds.add(p.get("site_id").asText());
      p.put("operator", name);
      p.put("credit_code", "91500103MA5U" + String.format("%06d", names.size()));
      p.put("contact", "负责人" + names.size());
      p.put("phone", "023-6370" + String.format("%04d", names.size()));
    }
    Files.writeString(dir.resolve("sites.geojson"), JSON.writeValueAsString(sites), StandardCharsets.UTF_8);

    ObjectNode cameras = (ObjectNode) JSON.readTree(sample.resolve("cameras.geojson").toFile());
    ArrayNode features = (ArrayNode) cameras.get("features");
    ObjectNode template = (ObjectNode) features.get(0);
    features.removeAll();
    for (int i = 1; i <= STREET_CAMERAS; i++) {
      features.add(unfiled(template, "ST-X" + String.format("%02d", i), "JFB-STREET", names.get(0)));
    }
    // one camera never filed at each other site: every unit is asked to rectify something
    for (int s = 1; s < siteIds.size(); s++) {
      features.add(unfiled(template, "T" + (s + 1) + "-01", siteIds.get(s), names.get(s)));
    }
    Files.writeString(dir.resolve("cameras.geojson"), JSON.writeValueAsString(cameras), StandardCharsets.UTF_8);
    return names;
  }

  private static ObjectNode unfiled(ObjectNode template, String id, String siteId, String operator) {
    ObjectNode c = template.deepCopy();
    ObjectNode p = (ObjectNode) c.get("properties");
    p.put("camera_id", id);
    p.put("site_id", siteId);
    p.put("operator", operator);
    p.putNull("filed");
    p.put("heading", 90);
    p.put("range_m", 5);
    return c;
  }
}
