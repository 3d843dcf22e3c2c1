package io.linli.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What tickets look like in a property company's year: mostly repairs and daily services, a few emergencies, most of
 * them long closed. The generator, the raw JDBC reference and the REST load all draw from it, so that the two create
 * steps write the same kinds of rows.
 */
final class TicketMix {

  private record Weighted<T>(T value, double weight) {}

  /** A category and the titles owners give such tickets. */
  private record Category(String code, List<String> titles) {}

  private static final List<Weighted<Category>> CATEGORIES = List.of(
      new Weighted<>(new Category("repair", List.of("卫生间漏水", "厨房下水道堵塞", "门锁损坏", "楼道灯不亮", "空调外机异响")), 34),
      new Weighted<>(new Category("daily_service", List.of("快递代收", "预约保洁", "垃圾清运", "绿化修剪")), 20),
      new Weighted<>(new Category("inquiry", List.of("停车月卡怎么办理", "小区停水通知咨询", "装修时间规定")), 12),
      new Weighted<>(new Category("complaint", List.of("楼上噪音扰民", "宠物狗未拴绳", "车位被占用")), 10),
      new Weighted<>(new Category("fee", List.of("物业费账单疑问", "停车费开发票", "水电费缴纳")), 8),
      new Weighted<>(new Category("move_in", List.of("装修申请", "入住交房验收", "搬家预约电梯")), 6),
      new Weighted<>(new Category("suggestion", List.of("建议增加充电桩", "建议延长门禁开放时间")), 6),
      new Weighted<>(new Category("emergency", List.of("电梯困人", "燃气泄漏气味", "水管爆裂")), 4));

  private static final List<Weighted<String>> CHANNELS = List.of(
      new Weighted<>("PHONE", 35), new Weighted<>("APP", 30), new Weighted<>("WECHAT", 15),
      new Weighted<>("PORTAL", 15), new Weighted<>("VISIT", 5));

  /** Of the open tickets: where they stand. */
  private static final List<Weighted<String>> OPEN_STATUSES = List.of(
      new Weighted<>("RECEIVED", 25), new Weighted<>("DISPATCHED", 25), new Weighted<>("IN_PROGRESS", 35),
      new Weighted<>("ON_HOLD", 15));

  /** One ticket's report, as an owner or agent files it. */
  record Report(String category, String priority, String channel, String title, String description) {

    /** The clocks filing starts: emergencies also have an on-site clock (SlaPolicies). */
    List<String> clockKinds() {
      return category.equals("emergency")
          ? List.of("RESPONSE", "ON_SITE", "RESOLUTION")
          : List.of("RESPONSE", "RESOLUTION");
    }
  }

  private TicketMix() {}

  static Report report(SplittableRandom random) {
    Category category = pick(CATEGORIES, random);
    String priority = category.code().equals("emergency") ? "URGENT"
        : random.nextInt(100) < 8 ? "HIGH" : random.nextInt(100) < 7 ? "LOW" : "NORMAL";
    String title = category.titles().get(random.nextInt(category.titles().size()));
    return new Report(category.code(), priority, pick(CHANNELS, random), title,
        title + "，请尽快安排处理，联系电话见住户档案。");
  }

  /** @return a status: open with probability {@code openShare}, otherwise mostly closed, some resolved */
  static String status(SplittableRandom random, double openShare) {
    double r = random.nextDouble();
    if (r < openShare) {
      return pick(OPEN_STATUSES, random);
    }
    return r < openShare + (1 - openShare) * 0.12 ? "RESOLVED" : "CLOSED";
  }

  static boolean isOpen(String status) {
    return !status.equals("RESOLVED") && !status.equals("CLOSED");
  }

  private static <T> T pick(List<Weighted<T>> choices, SplittableRandom random) {
    double total = choices.stream().mapToDouble(Weighted::weight).sum();
    double r = random.nextDouble() * total;
    for (Weighted<T> choice : choices) {
      r -= choice.weight();
      if (r < 0) {
        return choice.value();
      }
    }
    return choices.get(choices.size() - 1).value();
  }
}
