package org.camsurvey.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The kinds of site a synthetic city is made of: the places Art. 8 names (with the item each
 * falls under) and the private rooms of Art. 9 they hold, with camera counts, shares of the city
 * and the rooms' sizes as such sites have them.
 */
enum SiteKind {
  STREET(12, 6, 30, 0.95, 0.08, false, List.of("步行街", "路段", "商业街"),
      List.of(place("8.5", "路口"), place("8.5", "人行横道"), place("8.7", "步行街出入口"), place("8.7", "地下通道出入口")),
      List.of(room("9.3", "公共卫生间", 5, 10))),
  RESIDENTIAL(18, 8, 40, 0.85, 0.01, false, List.of("小区", "花园", "公寓"),
      List.of(place("8.7", "小区南门出入口"), place("8.7", "小区北门出入口"), place("8.7", "地下车库出入口"),
          place("8.7", "单元门厅"), place("8.7", "小区主干道")),
      List.of(room("9.2", "保安宿舍", 3, 6), room("9.3", "公共卫生间", 3, 6))),
  SCHOOL(9, 12, 48, 0.55, 0.0, true, List.of("实验小学", "中学", "职业学校"),
      List.of(place("8.6", "校门出入口"), place("8.6", "教学楼门厅"), place("8.6", "操场"), place("8.6", "食堂")),
      List.of(room("9.2", "学生宿舍", 4, 8), room("9.3", "女卫生间", 3, 6), room("9.3", "男卫生间", 3, 6),
          room("9.3", "更衣室", 3, 6))),
  HOTEL(9, 8, 40, 0.4, 0.0, true, List.of("大酒店", "宾馆", "商务酒店"),
      List.of(place("8.8", "大堂"), place("8.8", "主出入口"), place("8.8", "电梯厅"), place("8.8", "停车场出入口")),
      List.of(room("9.1", "客房", 4, 7), room("9.1", "客房", 4, 7), room("9.3", "公共卫生间", 3, 5))),
  BANK(7, 4, 16, 0.6, 0.0, true, List.of("银行支行", "银行营业部", "农村商业银行分理处"),
      List.of(place("8.2", "营业厅"), place("8.2", "自助服务区"), place("8.2", "出入口"), place("8.2", "现金区通道")),
      List.of(room("9.4", "个人业务柜台客户操作区", 3, 6), room("9.4", "理财室", 3, 5), room("9.3", "卫生间", 2.5, 4))),
  HOSPITAL(4, 20, 60, 0.55, 0.0, true, List.of("人民医院", "中医院", "社区卫生服务中心"),
      List.of(place("8.6", "门诊大厅"), place("8.6", "急诊出入口"), place("8.6", "挂号收费处"), place("8.6", "药房")),
      List.of(room("9.3", "更衣室", 3, 6), room("9.3", "卫生间", 3, 5), room("9.3", "哺乳室", 2.5, 4),
          room("9.6", "诊室", 3, 5))),
  STATION(3, 20, 60, 0.7, 0.08, true, List.of("汽车站", "轻轨站", "火车站"),
      List.of(place("8.6", "候车厅"), place("8.6", "售票厅"), place("8.6", "进站口"), place("8.6", "出站口")),
      List.of(room("9.3", "卫生间", 4, 8), room("9.3", "母婴室", 2.5, 4))),
  MALL(6, 15, 50, 0.6, 0.01, true, List.of("购物中心", "商场", "超市"),
      List.of(place("8.8", "主出入口"), place("8.8", "中庭"), place("8.8", "扶梯口"), place("8.8", "收银区")),
      List.of(room("9.3", "试衣间", 2.3, 3), room("9.3", "卫生间", 3, 6), room("9.3", "母婴室", 2.5, 4))),
  ENTERTAINMENT(4, 6, 24, 0.35, 0.0, true, List.of("KTV", "娱乐会所", "电影城"),
      List.of(place("8.8", "出入口"), place("8.8", "大厅"), place("8.8", "公共走廊")),
      List.of(room("9.1", "包房", 4, 8), room("9.3", "卫生间", 3, 5))),
  INTERNET_CAFE(3, 4, 12, 0.75, 0.0, true, List.of("网吧", "电竞馆"),
      List.of(place("8.8", "出入口"), place("8.8", "收银台"), place("8.8", "上网区")),
      List.of(room("9.3", "卫生间", 2.5, 4))),
  GOVERNMENT(3, 6, 24, 0.75, 0.0, true, List.of("街道办事处", "政务服务中心", "电视台"),
      List.of(place("8.1", "大门"), place("8.1", "信访接待室"), place("8.1", "机要室通道")),
      List.of(room("9.5", "投票点", 4, 8), room("9.3", "卫生间", 3, 5))),
  PARK(4, 6, 24, 0.8, 0.05, false, List.of("公园", "广场", "景区"),
      List.of(place("8.6", "公园出入口"), place("8.7", "广场"), place("8.6", "停车场")),
      List.of(room("9.3", "公共卫生间", 5, 10), room("9.3", "哺乳室", 2.5, 4))),
  PARKING(4, 4, 16, 0.95, 0.02, false, List.of("停车场", "停车库"),
      List.of(place("8.6", "停车场出入口"), place("8.6", "收费岗亭"), place("8.6", "车道")),
      List.of(room("9.3", "卫生间", 2.5, 4))),
  PUBLIC_TOILET(3, 1, 3, 0.35, 0.0, false, List.of("公共厕所"),
      List.of(place("8.9", "公厕出入口周边")),
      List.of(room("9.3", "男卫生间", 4, 8), room("9.3", "女卫生间", 4, 8))),
  UTILITY(2, 6, 20, 0.85, 0.02, false, List.of("供水厂", "变电站", "燃气站"),
      List.of(place("8.4", "厂区大门"), place("8.4", "控制室通道"), place("8.4", "围墙周界")),
      List.of(room("9.3", "更衣室", 3, 6))),
  DANGEROUS_GOODS(1, 6, 20, 0.85, 0.02, false, List.of("危险化学品仓库", "加油站"),
      List.of(place("8.3", "库区出入口"), place("8.3", "装卸区")),
      List.of(room("9.3", "更衣室", 3, 6)));

  /** A place Art. 8 names: the item it falls under and what such a zone is called. */
  record Place(String item, String name) {}

  /** A room Art. 9 names, its sides drawn between the bounds, in metres. */
  record Room(String item, String name, double minSide, double maxSide) {}

  final int weight;
  final int minCameras;
  final int maxCameras;
  /** The share of a site's zones that are mandated; the rest are forbidden. */
  final double mandatedShare;
  /** The share of cameras that are PTZ (Art. 10 wants them fixed). */
  final double ptzRate;
  /** Indoor sites have fisheye cameras in their halls. */
  final boolean indoor;
  final List<String> nouns;
  final List<Place> places;
  final List<Room> rooms;

  SiteKind(int weight, int minCameras, int maxCameras, double mandatedShare, double ptzRate, boolean indoor,
      List<String> nouns, List<Place> places, List<Room> rooms) {
    this.weight = weight;
    this.minCameras = minCameras;
    this.maxCameras = maxCameras;
    this.mandatedShare = mandatedShare;
    this.ptzRate = ptzRate;
    this.indoor = indoor;
    this.nouns = nouns;
    this.places = places;
    this.rooms = rooms;
  }

  private static Place place(String item, String name) {
    return new Place(item, name);
  }

  private static Room room(String item, String name, double minSide, double maxSide) {
    return new Room(item, name, minSide, maxSide);
  }

  /** A kind drawn by the kinds' weights. */
  static SiteKind draw(SplittableRandom random) {
    int total = 0;
    for (SiteKind k : values()) {
      total += k.weight;
    }
    int pick = random.nextInt(total);
    for (SiteKind k : values()) {
      pick -= k.weight;
      if (pick < 0) {
        return k;
      }
    }
    throw new AssertionError();
  }

  /** The mean number of cameras a site of a kind drawn by weight has. */
  static double meanCameras() {
    double total = 0;
    double cameras = 0;
    for (SiteKind k : values()) {
      total += k.weight;
      cameras += k.weight * (k.minCameras + k.maxCameras) / 2.0;
    }
    return cameras / total;
  }
}
