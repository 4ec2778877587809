package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the repository's Markdown reaches a file or folder that exists, so that
 * moving a class cannot leave README.md, ARCHITECTURE.md or docs/ pointing at nothing.
 */
class MarkdownLinksTest {
  /** {@code [text](target)}: the target up to a blank, an anchor or the closing bracket. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(?:#[^)\\s]*)?\\)");

  @Test
  void everyRelativeLinkInTheRepositoryResolves() throws IOException {
    Path root = Cli.repositoryRoot();
    List<String> broken = new ArrayList<>();
    for (Path page : markdownFiles(root)) {
      for (String target : brokenLinks(page, Files.readString(page, StandardCharsets.UTF_8))) {
        broken.add(root.relativize(page) + " → " + target);
      }
    }
    assertThat(broken).as("relative links that reach nothing").isEmpty();
  }

  @Test
  void aLinkToAFileThatMovedIsBrokenAndAnchorsAndAddressesAreLeftAlone() {
    Path readme = Cli.repositoryRoot().resolve("README.md");
    String text = "[Scene](survey-model/src/main/java/org/camsurvey/rules/Scene.java), "
        + "[its new place](survey-model/src/main/java/org/camsurvey/view/Scene.java), "
        + "[exit codes](docs/CLI.md#exit-codes), [above](#set-up), [NO_COLOR](https://no-color.org)";

    assertThat(brokenLinks(readme, text)).containsExactly("survey-model/src/main/java/org/camsurvey/rules/Scene.java");
  }

  /** The relative link targets of a page's text that name no file or folder beside the page. */
  static List<String> brokenLinks(Path page, String text) {
    List<String> broken = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      String target = m.group(1);
      boolean anchorOrAddress = target.isEmpty() || target.contains(":");
      if (!anchorOrAddress && !Files.exists(page.getParent().resolve(target).normalize())) {
        broken.add(target);
      }
    }
    return broken;
  }

  /** The Markdown files of the repository, outside build output and hidden folders. */
  private static List<Path> markdownFiles(Path root) throws IOException {
    List<Path> pages = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName().toString();
        boolean skipped = !dir.equals(root) && (name.equals("target") || name.startsWith("."));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.getFileName().toString().endsWith(".md")) {
          pages.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    pages.sort(null);
    return pages;
  }
}
