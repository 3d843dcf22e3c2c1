package io.linli.survey;

import java.util.ArrayList;
import java.util.List;

/** The questionnaires a company starts from. */
public enum Template {
  /** SERVQUAL: two 1–5 questions for each of the five dimensions, and a free remark. */
  SERVQUAL,
  /** Net Promoter Score: would you recommend us, the main reason, what to do better. */
  NPS,
  /** After a service: one question per SERVQUAL dimension, the NPS question and a remark; short enough for a phone. */
  POST_SERVICE,
  /** No questions: the company writes its own. */
  BLANK;

  /** A question as a template or a person writes it. */
  public record Draft(QuestionKind kind, String text, Dimension dimension, List<String> options) {

    public Draft {
      options = List.copyOf(options);
    }

    static Draft scale(Dimension dimension, String text) {
      return new Draft(QuestionKind.SCALE, text, dimension, List.of());
    }
  }

  private static final Draft RECOMMEND = new Draft(QuestionKind.NPS,
      "您有多大可能向亲友推荐我们的物业服务？（0 = 完全不可能，10 = 非常可能）", null, List.of());
  private static final Draft REMARK = new Draft(QuestionKind.TEXT, "还有什么想对我们说的？", null, List.of());

  /** @return the template's questions, in order */
  public List<Draft> questions() {
    List<Draft> questions = new ArrayList<>();
    switch (this) {
      case SERVQUAL -> {
        questions.add(Draft.scale(Dimension.TANGIBLES, "工作人员着装整洁，工具设备齐全"));
        questions.add(Draft.scale(Dimension.TANGIBLES, "小区公共区域干净整洁，设施完好"));
        questions.add(Draft.scale(Dimension.RELIABILITY, "问题一次就处理好了"));
        questions.add(Draft.scale(Dimension.RELIABILITY, "服务在约定的时间内完成"));
        questions.add(Draft.scale(Dimension.RESPONSIVENESS, "报事后很快就有人联系您"));
        questions.add(Draft.scale(Dimension.RESPONSIVENESS, "工作人员乐于帮忙，有问必答"));
        questions.add(Draft.scale(Dimension.ASSURANCE, "工作人员专业可靠，让您放心"));
        questions.add(Draft.scale(Dimension.ASSURANCE, "工作人员礼貌周到，值得信赖"));
        questions.add(Draft.scale(Dimension.EMPATHY, "工作人员理解您的具体需要"));
        questions.add(Draft.scale(Dimension.EMPATHY, "服务时间安排方便您"));
        questions.add(REMARK);
      }
      case NPS -> {
        questions.add(RECOMMEND);
        questions.add(new Draft(QuestionKind.SINGLE, "影响您打分的主要原因是什么？", null,
            List.of("服务态度", "响应速度", "维修质量", "环境卫生", "安全秩序", "其他")));
        questions.add(new Draft(QuestionKind.TEXT, "我们在哪些方面可以做得更好？", null, List.of()));
      }
      case POST_SERVICE -> {
        questions.add(Draft.scale(Dimension.TANGIBLES, "上门人员着装整洁，工具齐全"));
        questions.add(Draft.scale(Dimension.RELIABILITY, "问题一次就处理好了"));
        questions.add(Draft.scale(Dimension.RESPONSIVENESS, "报事后很快就有人联系您"));
        questions.add(Draft.scale(Dimension.ASSURANCE, "工作人员专业可靠，让您放心"));
        questions.add(Draft.scale(Dimension.EMPATHY, "工作人员理解您的具体需要"));
        questions.add(RECOMMEND);
        questions.add(REMARK);
      }
      case BLANK -> { }
    }
    return questions;
  }

  /** @return the name a new questionnaire of this template gets */
  public String defaultName() {
    return switch (this) {
      case SERVQUAL -> "服务质量评价（SERVQUAL）";
      case NPS -> "推荐意愿调查（NPS）";
      case POST_SERVICE -> "服务回访问卷";
      case BLANK -> "新问卷";
    };
  }
}
