package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.document.DocumentModel;

/**
 * {@code inspect --split DIR}: the report, and each rectification notice after it, as files of
 * their own, each named by its document number and in the format of {@code -o} (PDF, or DOCX for
 * a {@code .docx}), each with its own number on every page and its pages counted alone.
 */
final class SplitDocuments {
  /** What Windows or a Unix file system refuses in a file name, and control characters. */
  private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

  private SplitDocuments() {}

  /** Each document of the model as its file in {@code dir}, the one before the parts first, in order. */
  static Map<Path, byte[]> of(DocumentModel model, Path dir, DocumentCommandOptions options, Documents.Prepared prepared) {
    String extension = options.docx() ? ".docx" : ".pdf";
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(dir.resolve(fileName(prepared.info().number()) + extension),
        Documents.render(model.beforeParts(), options, List.of(), prepared, ""));
    model.parts().forEach((number, part) -> {
      DocumentInfo whole = prepared.info();
      DocumentInfo info = new DocumentInfo(number, whole.date(), whole.surveyName(), whole.surveySha256(),
          whole.language(), whole.toolVersion());
      Documents.Prepared one = new Documents.Prepared(prepared.result(), info, prepared.font(), prepared.inputs());
      files.put(dir.resolve(fileName(number) + extension), Documents.render(part, options, List.of(), one, ""));
    });
    return files;
  }

  /**
   * A document number as a file name: each character a file system refuses becomes "_", and
   * trailing dots and spaces (which Windows drops) go; 渝中公（治）责改字〔2023〕1号 stays as it is.
   */
  static String fileName(String number) {
    String name = number.replaceAll(UNSAFE, "_").replaceAll("[. ]+$", "");
    return name.isEmpty() ? "_" : name;
  }
}
