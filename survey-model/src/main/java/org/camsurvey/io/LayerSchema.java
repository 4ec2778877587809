package org.camsurvey.io;

import java.util.List;
import java.util.Optional;

/**
 * The canonical layers and fields of SURVEY-FORMAT.md, in the order writers lay them out, with
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
      optional("operator", FieldType.TEXT, "使用单位", "using unit (operator)")));

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
      optional("proposed", FieldType.BOOLEAN, "是否为拟建（尚未安装）摄像机", "proposed, not yet installed")));

  public static final LayerSchema ZONES = new LayerSchema(LayerName.ZONES, GeometryKind.POLYGON, List.of(
      required("zone_id", FieldType.TEXT, "区域编号，同一场所内唯一", "zone id, unique within its site"),
      required("site_id", FieldType.TEXT, "所属场所编号", "the site it belongs to"),
      required("rule", FieldType.TEXT, "mandated 应当安装（第八条）/ forbidden 禁止安装（第九条）",
          "mandated (Art. 8) or forbidden (Art. 9)"),
      required("item", FieldType.TEXT, "所属条款项，如 8.7、9.3", "article and item, e.g. 8.7 or 9.3"),
      optional("name", FieldType.TEXT, "区域名称，如 南门出入口、3楼女卫生间", "name, e.g. south entrance"),
      optional("min_cover", FieldType.REAL, "应达到的覆盖率 0..1；留空按命令缺省值",
          "coverage needed, 0..1; empty for the command's default")));

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
      optional("recorded_by", FieldType.TEXT, "登记人", "recorded by")));

  public static final LayerSchema CHECKLIST = new LayerSchema(LayerName.CHECKLIST, GeometryKind.NONE, List.of(
      required("site_id", FieldType.TEXT, "场所编号", "site id"),
      required("article", FieldType.TEXT, "条，如 19", "article, e.g. 19"),
      optional("item", FieldType.TEXT, "项，如 3；整条留空", "item, e.g. 3; empty for a whole article"),
      required("answer", FieldType.TEXT, "yes 是 / no 否 / na 不适用", "yes / no / na"),
      optional("note", FieldType.TEXT, "备注", "note"),
      optional("checked_by", FieldType.TEXT, "检查人", "checked by"),
      optional("when", FieldType.DATE, "检查日期", "date checked")));

  /** Every layer, in the order of SURVEY-FORMAT.md. */
  public static final List<LayerSchema> ALL = List.of(SITES, CAMERAS, ZONES, OBSTACLES, ACCESS_LOG, CHECKLIST);

  public static LayerSchema of(LayerName layer) {
    return ALL.stream().filter(s -> s.layer() == layer).findFirst().orElseThrow();
  }
}
