package org.camsurvey.synth;

import java.util.List;

/**
 * A district of Chongqing a synthetic city clusters its sites around.
 *
 * @param code the administrative division code (渝中区 500103), which begins its site ids
 * @param pinyin its name in pinyin, for file names
 * @param name its name in Chinese
 * @param longitude its centre, degrees east
 * @param latitude its centre, degrees north
 * @param weight its share of the city's cameras, relative to the others' (about its urban
 *     population, in ten thousands)
 */
public record District(int code, String pinyin, String name, double longitude, double latitude, int weight) {
  /**
   * Chongqing's 26 districts, the nine of the main city first, so that a city of fewer districts
   * is the main city.
   */
  public static final List<District> CHONGQING = List.of(
      new District(500103, "yuzhong", "渝中区", 106.5690, 29.5530, 60),
      new District(500105, "jiangbei", "江北区", 106.5740, 29.6060, 95),
      new District(500108, "nanan", "南岸区", 106.6440, 29.5000, 120),
      new District(500106, "shapingba", "沙坪坝区", 106.4570, 29.5410, 150),
      new District(500107, "jiulongpo", "九龙坡区", 106.5110, 29.5020, 150),
      new District(500104, "dadukou", "大渡口区", 106.4830, 29.4840, 42),
      new District(500112, "yubei", "渝北区", 106.6310, 29.7180, 220),
      new District(500113, "banan", "巴南区", 106.5400, 29.4020, 120),
      new District(500109, "beibei", "北碚区", 106.3960, 29.8050, 85),
      new District(500101, "wanzhou", "万州区", 108.4090, 30.8080, 160),
      new District(500102, "fuling", "涪陵区", 107.3900, 29.7030, 115),
      new District(500116, "jiangjin", "江津区", 106.2590, 29.2900, 135),
      new District(500117, "hechuan", "合川区", 106.2760, 29.9720, 125),
      new District(500118, "yongchuan", "永川区", 105.9270, 29.3560, 115),
      new District(500115, "changshou", "长寿区", 107.0810, 29.8570, 70),
      new District(500110, "qijiang", "綦江区", 106.6510, 29.0280, 100),
      new District(500111, "dazu", "大足区", 105.7210, 29.7070, 85),
      new District(500120, "bishan", "璧山区", 106.2270, 29.5920, 80),
      new District(500151, "tongliang", "铜梁区", 106.0550, 29.8450, 70),
      new District(500152, "tongnan", "潼南区", 105.8400, 30.1910, 70),
      new District(500153, "rongchang", "荣昌区", 105.5940, 29.4050, 67),
      new District(500154, "kaizhou", "开州区", 108.3930, 31.1610, 120),
      new District(500114, "qianjiang", "黔江区", 108.7710, 29.5330, 49),
      new District(500119, "nanchuan", "南川区", 107.0990, 29.1570, 58),
      new District(500155, "liangping", "梁平区", 107.8000, 30.6720, 65),
      new District(500156, "wulong", "武隆区", 107.7600, 29.3250, 36));
}
