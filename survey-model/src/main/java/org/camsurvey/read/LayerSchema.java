package org.camsurvey.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical layers and fields of docs/SURVEY-FORMAT.md, in the order writers lay them out, with
 * what each field means in Chinese and English (for the template workbook and documentation).
 *
 * @param layer the layer
 * @param geometry the geometry the layer holds
 * @param fields its fields in order
 */
public record LayerSchema(LayerName layer, GeometryKind geometry, List<Field> fields) {
  /** What a layer's records stand on. */
  public enum GeometryKind {
    POINT,
    POLYGON,
    /** Lines or polygons (walls and buildings). */
    LINE_OR_POLYGON,
    /** Any geometry, mixed within the layer (findings: cameras, overlaps, uncovered parts). */
    ANY,
    NONE
  }

  /**
   * One field.
   *
   * @param name the canonical name, at most 10 characters so that it survives a DBF
   * @param type its value type
   * @param required whether a record must fill it
   * @param zh what it means, in Chinese
   * @param en what it means, in English
   */
  public record Field(String name, FieldType type, boolean required, String zh, String en) {}

  public LayerSchema {
    fields = List.copyOf(fields);
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  private static Field required(String name, FieldType type, String zh, String en) {
    return new Field(name, type, true, zh, en);
  }

  private static Field optional(String name, FieldType type, String zh, String en) {
    return new Field(name, type, false, zh, en);
  }

  public static final LayerSchema SITES = new LayerSchema(LayerName.SITES, GeometryKind.POLYGON, List.of(
      required("site_id", FieldType.TEXT, "场所编号", "site id"),
      optional("name", FieldType.TEXT, "场所名称", "site name"),
      optional("address", FieldType.TEXT, "地址", "address"),
      optional("operator", FieldType.TEXT, "使用单位", "using unit (operator)"),
      optional("class", FieldType.TEXT,
          "场所类别（《条例》）：government 政府组织建设（第七条第一款）/ operator 经营管理单位建设（第七条第二款）"
              + " / other 其他公共场所（第九条）/ private 非公共场所（第三十三条）；《办法》不适用",
          "site class under the 2025 regulation: government (Art. 7(1)) / operator, the managing unit builds"
              + " (Art. 7(2)) / other public place (Art. 9) / private, a non-public place (Art. 33); the measures ignore it")));

  public static final LayerSchema CAMERAS = new LayerSchema(LayerName.CAMERAS, GeometryKind.POINT, List.of(
      required("camera_id", FieldType.TEXT, "摄像机编号，同一场所内唯一", "camera number, unique within its site"),
      required("site_id", FieldType.TEXT, "所属场所编号", "the site it belongs to"),
      required("heading", FieldType.REAL, "方向角：光轴方向，自真北顺时针，0 ≤ h < 360 度",
          "heading: optical axis, clockwise from true north, 0 ≤ h < 360 degrees"),
      required("hfov", FieldType.REAL, "水平视场角，0 < a ≤ 360 度；360 为全景（鱼眼）",
          "horizontal angle of view, 0 < a ≤ 360 degrees; 360 = all-round (fisheye)"),
      required("range_m", FieldType.REAL, "可视距离（米）", "farthest ground distance seen, metres"),
      optional("res_h", FieldType.INTEGER, "水平分辨率（像素）", "horizontal resolution, pixels"),
      optional("height_m", FieldType.REAL, "安装高度（米）", "mounting height, metres"),
      optional("tilt", FieldType.REAL, "俯角：光轴低于水平线的角度（度）", "tilt: angle of the optical axis below horizontal, degrees"),
      optional("vfov", FieldType.REAL, "垂直视场角（度）；缺省按 16:9 传感器计算", "vertical angle of view, degrees; default from a 16:9 sensor"),
      optional("cam_type", FieldType.TEXT, "类型：fixed 枪机 / dome 半球 / ptz 云台 / fisheye 鱼眼",
          "type: fixed / dome / ptz / fisheye"),
      optional("signage", FieldType.BOOLEAN, "是否设置明显标识（第十条）", "a visible sign announces it (Art. 10)"),
      optional("retention", FieldType.INTEGER, "信息资料存储期（日）（第十九条第八项）", "recordings kept, days (Art. 19(8))"),
      optional("runs_24h", FieldType.BOOLEAN, "是否全天运行（第十九条第七项）", "runs around the clock (Art. 19(7))"),
      optional("installed", FieldType.DATE, "安装或验收日期", "date installed or accepted"),
      optional("filed", FieldType.DATE, "向公安机关备案日期；未备案留空（第十五条）",
          "date filed with the public security organ; empty if not filed (Art. 15)"),
      optional("operator", FieldType.TEXT, "使用单位", "using unit (operator)"),
      optional("consent", FieldType.BOOLEAN, "军事禁区、军事管理区或涉密单位周边的，是否事先征得该单位同意（《条例》第十条）",
          "prior consent of the military or classified unit nearby (2025 regulation, Art. 10)"),
      optional("proposed", FieldType.BOOLEAN, "是否为拟安装（尚未安装）的摄像机", "proposed, not yet installed")));

  public static final LayerSchema ZONES = new LayerSchema(LayerName.ZONES, GeometryKind.POLYGON, List.of(
      required("zone_id", FieldType.TEXT, "区域编号，同一场所内唯一", "zone id, unique within its site"),
      required("site_id", FieldType.TEXT, "所属场所编号", "the site it belongs to"),
      required("rule", FieldType.TEXT, "mandated 应当安装（《办法》第八条）/ forbidden 禁止安装（第九条）"
              + " / sensitive 军事、涉密单位周边（《条例》第十条）",
          "mandated (the measures' Art. 8) / forbidden (Art. 9) / sensitive: around military or classified units"
              + " (the 2025 regulation's Art. 10)"),
      optional("item", FieldType.TEXT, "《办法》所属条款项，如 8.7、9.3；填了 kind 的可留空",
          "the measures' article and item, e.g. 8.7 or 9.3; may be empty where kind is given"),
      optional("name", FieldType.TEXT, "区域名称，如 南门出入口、3楼女卫生间", "name, e.g. south entrance"),
      optional("min_cover", FieldType.REAL, "应达到的覆盖率 0..1；留空按命令缺省值",
          "coverage needed, 0..1; empty for the command's default"),
      optional("kind", FieldType.TEXT, "场所类型（两部法规通用），如 lodging_room 客房、toilet 卫生间、fitting_room 试衣间、"
              + "gathering_place 人员聚集场所、public_road 道路、sensitive 涉密单位周边",
          "place kind, serving both laws, e.g. lodging_room, toilet, fitting_room, gathering_place, public_road,"
              + " sensitive")));

  public static final LayerSchema OBSTACLES = new LayerSchema(LayerName.OBSTACLES, GeometryKind.LINE_OR_POLYGON, List.of(
      optional("obst_id", FieldType.TEXT, "障碍物编号", "obstacle id"),
      optional("site_id", FieldType.TEXT, "所属场所编号", "the site it belongs to"),
      optional("kind", FieldType.TEXT, "类别：墙、建筑物等", "kind: wall, building, …")));

  public static final LayerSchema ACCESS_LOG = new LayerSchema(LayerName.ACCESS_LOG, GeometryKind.NONE, List.of(
      required("site_id", FieldType.TEXT, "场所编号", "site id"),
      optional("when", FieldType.DATE_TIME, "调取时间", "when the footage was retrieved"),
      optional("persons", FieldType.INTEGER, "调取人数（第十八条第一项：不少于2人）", "persons present (Art. 18(1): at least 2)"),
      optional("approval", FieldType.TEXT, "批准文件编号", "approval document number"),
      optional("purpose", FieldType.TEXT, "调取用途", "purpose"),
      optional("footage", FieldType.TEXT, "调取的摄像机编号，逗号分隔", "camera ids retrieved, comma-separated"),
      optional("recorded_by", FieldType.TEXT, "录制人员（第十九条第四项）", "who recorded the footage (Art. 19(4))"),
      optional("retrieved_by", FieldType.TEXT, "调取人员及其单位", "who retrieved it, and their unit"),
      optional("destination", FieldType.TEXT, "去向", "where the copy went")));

  public static final LayerSchema CHECKLIST = new LayerSchema(LayerName.CHECKLIST, GeometryKind.NONE, List.of(
      required("site_id", FieldType.TEXT, "场所编号", "site id"),
      required("article", FieldType.TEXT, "条，如 19", "article, e.g. 19"),
      optional("item", FieldType.TEXT, "项，如 3；整条留空", "item, e.g. 3; empty for a whole article"),
      required("answer", FieldType.TEXT, "yes 是 / no 否 / na 不适用", "yes / no / na"),
      optional("note", FieldType.TEXT, "备注", "note"),
      optional("checked_by", FieldType.TEXT, "检查人", "checked by"),
      optional("when", FieldType.DATE, "检查日期", "date checked")));

  /** Written as a table; a record may stand on a point (where the photo was taken), read and written back. */
  public static final LayerSchema EVIDENCE = new LayerSchema(LayerName.EVIDENCE, GeometryKind.NONE, List.of(
      required("site_id", FieldType.TEXT, "场所编号", "site id"),
      required("camera_id", FieldType.TEXT, "所拍摄的摄像机编号", "the camera photographed"),
      optional("zone_id", FieldType.TEXT, "照片所示区域编号；留空指摄像机本身", "the zone the photo shows; empty for the camera itself"),
      required("photo", FieldType.TEXT, "照片文件（JPEG 或 PNG，不超过 20 MB），相对于勘查数据所在文件夹",
          "photo file (JPEG or PNG, at most 20 MB), relative to the survey's folder"),
      optional("taken", FieldType.DATE_TIME, "拍摄时间", "when it was taken"),
      optional("note", FieldType.TEXT, "说明", "note"),
      optional("taken_by", FieldType.TEXT, "拍摄人", "taken by")));

  /** Every layer, in the order of docs/SURVEY-FORMAT.md. */
  public static final List<LayerSchema> ALL = List.of(SITES, CAMERAS, ZONES, OBSTACLES, ACCESS_LOG, CHECKLIST, EVIDENCE);

  /**
   * The layers with a field name a DBF cut to its 10 characters ({@code retrieved_}) given back its
   * canonical name ({@code retrieved_by}), so that a survey written as shapefiles reads back whole.
   */
  public static List<RawLayer> restoreCutNames(List<RawLayer> layers) {
    List<RawLayer> restored = new java.util.ArrayList<>(layers.size());
    for (RawLayer layer : layers) {
      Map<String, String> cut = new java.util.HashMap<>();
      LayerName.parse(layer.name()).map(LayerSchema::of).ifPresent(schema -> schema.fields().stream()
          .filter(f -> f.name().length() > DBF_NAME_LENGTH && !layer.fields().contains(f.name()))
          .forEach(f -> cut.put(f.name().substring(0, DBF_NAME_LENGTH), f.name())));
      cut.keySet().retainAll(layer.fields());
      if (cut.isEmpty()) {
        restored.add(layer);
        continue;
      }
      Set<String> fields = new java.util.LinkedHashSet<>();
      layer.fields().forEach(f -> fields.add(cut.getOrDefault(f, f)));
      List<RawFeature> features = new java.util.ArrayList<>(layer.features().size());
      for (RawFeature f : layer.features()) {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        f.attributes().forEach((k, v) -> attributes.put(cut.getOrDefault(k, k), v));
        features.add(new RawFeature(f.number(), attributes, f.geometry()));
      }
      restored.add(new RawLayer(layer.name(), layer.file(), layer.crs(), fields, features, layer.warnings()));
    }
    return restored;
  }

  /** The longest field name a DBF keeps. */
  private static final int DBF_NAME_LENGTH = 10;

  public static LayerSchema of(LayerName layer) {
    return ALL.stream().filter(s -> s.layer() == layer).findFirst().orElseThrow();
  }
}
