package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.geo.ChineseWebDatum;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.report.DocumentInfo;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.DocumentCommandOptions;
import org.camsurvey.cli.option.SignOptions;
import org.camsurvey.report.pdf.FilingPacket;
import org.camsurvey.report.pdf.RegulationFilingForm;
import org.camsurvey.report.pdf.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code camsurvey filing SURVEY -o packet.pdf}: the filing packet of Art. 15, or the regulation's Art. 14 form. */
@Command(
    name = "filing",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the filing packet of Art. 15 (PDF, or DOCX by -o's extension): cover page, system summary, camera inventory,",
      "a coverage map per site, the self-check results by article and an acceptance-test record.",
      "With --sign, the first key signs as the building unit, a second as the designer and",
      "installer, a third as the tester (the acceptance record's signature blocks).",
      "With --operator or --site, one packet per unit chosen, each its own part with its own number;",
      "--split DIR also writes each unit's packet on its own; --print-datum gcj02 prints GCJ-02 positions.",
      "With --law cn2025, the regulation's Art. 14 filing form per unit instead: the unit's particulars, the sites'",
      "locations, the number of cameras by type, the retention period and the regulation's self-check; with",
      "--law cn2025,cq2009, the form and then the Art. 15 packet, the regulation prevailing where they differ.",
      "--sign, --remedies and --split serve the form as the packet: each unit's form is signed in its own block,",
      "in the order of the units (then, with both laws, the packet's three)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the packet was written",
      "2:the command line is wrong (an output that exists without --force, …)",
      "3:input rejected (the survey, or a keystore or key that cannot sign)",
      "4:any other failure"
    })
public final class FilingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DocumentCommandOptions options;

  @Mixin SignOptions sign;

  @Option(names = "--operator", paramLabel = "NAME",
      description = "A packet for this using unit (a site's operator) only; repeat for several, each its own part.")
  List<String> operators = new ArrayList<>();

  @Option(names = "--site", paramLabel = "ID", description = "A packet for this site only; repeat for several.")
  List<String> siteIds = new ArrayList<>();

  @Option(names = "--split", paramLabel = "DIR",
      description = "Also write one packet per unit into DIR, each named by its number (all units unless chosen).")
  Path split;

  // --datum already names the datum a survey's coordinates come in (an import option)
  @Option(names = "--print-datum", paramLabel = "DATUM",
      description = "Print the inventory's positions in this datum: wgs84 (the default) or gcj02, as Chinese web maps plot them.")
  String datum;

  @Override
  public Integer call() throws Exception {
    Documents.requireSignable(options, sign);
    ChineseWebDatum printed = datum();
    boolean perUnit = !operators.isEmpty() || !siteIds.isEmpty() || split != null || printed != null;
    if (perUnit && sign.signs()) {
      throw new CommandFailure(ExitCode.USAGE, "--sign signs the whole survey's packet or form: leave out --operator, --site,"
          + " --split and --print-datum to sign it");
    }
    if (perUnit && options.remedies()) {
      throw new CommandFailure(ExitCode.USAGE, "--remedies annexes fix's proposal to the whole survey's packet or form:"
          + " leave out --operator, --site, --split and --print-datum for it");
    }
    List<SigningKey> keys = sign.keys();
    Documents.Prepared prepared = Documents.prepare(options, options.survey(), "FIL");
    if (prepared.result().options().laws().contains(LawId.CN2025)) {
      return regulationForm(prepared, printed, keys);
    }
    if (!perUnit) {
      byte[] bytes = Documents.render(FilingPacket.model(prepared.result(), prepared.info(),
          Documents.remedies(options, prepared)), options, keys, prepared,
          "the building unit, the designer and installer, the tester");
      Documents.write(bytes, options, prepared, spec.commandLine().getErr());
      return ExitCode.OK;
    }
    List<FilingPacket.Unit> units = chosen(prepared.result().survey());
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(options.output(), Documents.render(FilingPacket.model(prepared.result(), prepared.info(), units, printed),
        options, List.of(), prepared, ""));
    if (split != null) {
      for (int k = 0; k < units.size(); k++) {
        Documents.Prepared one = unitsOwn(prepared, units.size(), k);
        files.put(split.resolve(one.info().number() + extension()), Documents.render(FilingPacket.model(
            prepared.result(), one.info(), List.of(units.get(k)), printed), options, List.of(), one, ""));
      }
      java.nio.file.Files.createDirectories(split);
    }
    Documents.writeEach(files, options, prepared, spec.commandLine().getErr());
    return ExitCode.OK;
  }

  /**
   * The regulation's Art. 14 form per unit (and, with the measures too, their packet after it),
   * written, signed, annexed and split as the measures' packet is: each unit's form is signed in
   * its own block, in the order of the units, and the packet's blocks follow.
   */
  private int regulationForm(Documents.Prepared prepared, ChineseWebDatum printed, List<SigningKey> keys)
      throws Exception {
    List<FilingPacket.Unit> units = chosen(prepared.result().survey());
    boolean both = prepared.result().options().laws().contains(LawId.CQ2009);
    String blocks = "the filing unit of each of the " + units.size() + " forms"
        + (both ? ", then the building unit, the designer and installer, the tester" : "");
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(options.output(), Documents.render(RegulationFilingForm.model(prepared.result(), prepared.info(), units,
        printed, Documents.remedies(options, prepared)), options, keys, prepared, blocks));
    if (split != null) {
      for (int k = 0; k < units.size(); k++) {
        Documents.Prepared one = unitsOwn(prepared, units.size(), k);
        files.put(split.resolve(one.info().number() + extension()), Documents.render(RegulationFilingForm.model(
            prepared.result(), one.info(), List.of(units.get(k)), printed, null), options, List.of(), one, ""));
      }
      java.nio.file.Files.createDirectories(split);
    }
    Documents.writeEach(files, options, prepared, spec.commandLine().getErr());
    return ExitCode.OK;
  }

  /** The {@code k}-th of {@code count} units' own document: the whole's number, then "-1", "-2", … where there are several. */
  private static Documents.Prepared unitsOwn(Documents.Prepared prepared, int count, int k) {
    DocumentInfo whole = prepared.info();
    String number = count == 1 ? whole.number() : whole.number() + "-" + (k + 1);
    DocumentInfo info = new DocumentInfo(number, whole.date(), whole.surveyName(), whole.surveySha256(),
        whole.language(), whole.toolVersion());
    return new Documents.Prepared(prepared.result(), info, prepared.font(), prepared.inputs());
  }

  private String extension() {
    return options.docx() ? ".docx" : ".pdf";
  }

  private ChineseWebDatum datum() {
    if (datum == null || datum.equalsIgnoreCase("wgs84")) {
      return null;
    }
    if (datum.equalsIgnoreCase("gcj02")) {
      return ChineseWebDatum.GCJ02;
    }
    throw new CommandFailure(ExitCode.USAGE, "--print-datum is wgs84 or gcj02, not '" + datum + "'");
  }

  /** The units asked for: those of --operator, and each --site on its own; all where none is named. */
  private List<FilingPacket.Unit> chosen(Survey survey) {
    List<FilingPacket.Unit> all = FilingPacket.units(survey);
    if (operators.isEmpty() && siteIds.isEmpty()) {
      return all;
    }
    List<FilingPacket.Unit> units = new ArrayList<>();
    for (String operator : new LinkedHashSet<>(operators)) {
      units.add(all.stream().filter(u -> u.name().equals(operator)).findFirst().orElseThrow(() -> new CommandFailure(
          ExitCode.USAGE, "--operator '" + operator + "' runs no site of the survey; its units: "
              + String.join(", ", all.stream().map(FilingPacket.Unit::name).toList()))));
    }
    Set<String> known = new LinkedHashSet<>(survey.sites().stream().map(Site::siteId).toList());
    for (String id : new LinkedHashSet<>(siteIds)) {
      if (!known.contains(id)) {
        throw new CommandFailure(ExitCode.USAGE, "--site '" + id + "' is not a site of the survey; its sites: "
            + String.join(", ", known));
      }
      String unit = all.stream().filter(u -> u.siteIds().contains(id)).findFirst().orElseThrow().name();
      units.add(new FilingPacket.Unit(unit, List.of(id)));
    }
    return units;
  }
}
