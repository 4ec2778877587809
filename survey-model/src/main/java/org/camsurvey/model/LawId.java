package org.camsurvey.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The laws a survey can be judged by, as {@code --law} names them; every finding of a rule names
 * its law. A law's particulars and text are resources named after its code ({@code
 * cn2025.properties}, {@code org.camsurvey.law.Law}); a new law is a new constant here, its
 * resources and its rulebook.
 */
public enum LawId {
  /** 《重庆市社会公共安全视频图像信息系统管理办法》 of 2009: the Chongqing measures. */
  CQ2009,
  /** 《公共安全视频图像信息系统管理条例》 of 2025: the State Council's regulation. */
  CN2025;

  /** The id as users write it: {@code cq2009}, {@code cn2025}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LawId> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(id -> id.code().equals(t)).findFirst();
  }

  /** The codes of every law, for messages and completion: {@code cq2009, cn2025}. */
  public static String codes() {
    return Arrays.stream(values()).map(LawId::code).collect(Collectors.joining(", "));
  }
}
