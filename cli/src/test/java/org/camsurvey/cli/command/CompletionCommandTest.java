package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void bashScriptCompletesEveryCommandAndItsOptions() {
    Run run = Cli.run("completion", "bash");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_camsurvey", "shopt -s progcomp")
        .contains("import", "check", "diff", "fov", "law", "template", "filing", "inspect", "completion", "help")
        .contains("--format", "--inspector", "--lang", "--min-cover", "--debug")
        .contains("# --lang values");
  }

  @Test
  void zshGetsTheSameScriptWhichEnablesBashcompinit() {
    Run zsh = Cli.run("completion", "zsh");

    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).isEqualTo(Cli.run("completion").out()).contains("bashcompinit");
  }

  @Test
  void anotherShellIsAUsageError() {
    Run run = Cli.run("completion", "fish");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bash", "zsh");
  }
}
