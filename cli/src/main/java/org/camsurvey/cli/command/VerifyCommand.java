package org.camsurvey.cli.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.SummaryFormat;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.report.pdf.PdfSignatures;
import org.camsurvey.report.pdf.SignatureCheck;
import org.camsurvey.survey.SurveyDigest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey verify DOC.pdf [SURVEY]}: checks a signed document's signatures and, given it, its survey. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the signatures of a document (a PDF signed by filing or inspect --sign).",
      "Each signature must sign exactly the bytes it covers with the certificate it",
      "carries, and that certificate chain to one of --trust at the signing time;",
      "nothing may follow the last signature; given SURVEY, the survey's SHA-256 must be",
      "the one the document carries. One line per check: ok, FAIL, or note (a signer",
      "not checked because no --trust was given: no failure)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check holds",
      "1:a check failed (each failure on its own line); a document without signatures fails",
      "2:the command line is wrong",
      "3:DOC is not a readable PDF, a --trust file holds no certificate, or SURVEY is rejected",
      "4:any other failure"
    })
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOC", description = "The document, a PDF file.")
  Path document;

  @Parameters(index = "1", arity = "0..1", paramLabel = "SURVEY",
      description = "The survey the document was made from, to compare its SHA-256 with the document's.")
  Path survey;

  @Option(names = "--trust", paramLabel = "CERTS",
      description = {"Certificates to trust as roots (PEM or DER; a PEM file may hold several); may be repeated.",
        "Without it, signers are reported as not checked, and intact signatures still pass."})
  List<Path> trust = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (one line per check) or json (one document for scripts) (default: ${DEFAULT-VALUE}).")
  SummaryFormat format;

  @Mixin ImportOptionsMixin importOptions;

  /** One check's outcome: ok, FAIL, or note (said, not failed). */
  record Check(String status, String subject, String detail) {}

  @Override
  public Integer call() throws Exception {
    List<X509Certificate> trusted = new ArrayList<>();
    for (Path file : trust) {
      trusted.addAll(certificates(file));
    }
    byte[] pdf = read(document);
    PdfSignatures.Verification verification;
    try {
      verification = PdfSignatures.verify(pdf, trusted);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.INPUT, document + ": " + e.getMessage(), e);
    }
    String surveySha256 = survey == null ? null : SurveyDigest.sha256(survey, importOptions.optionsFor(survey));
    List<Check> checks = checks(verification, surveySha256);
    boolean holds = checks.stream().noneMatch(c -> c.status().equals("FAIL"));
    PrintWriter out = spec.commandLine().getOut();
    if (format == SummaryFormat.json) {
      json(checks, holds, out);
    } else {
      for (Check c : checks) {
        out.printf("%-5s %s: %s%n", c.status(), c.subject(), c.detail());
      }
    }
    out.flush();
    return holds ? ExitCode.OK : ExitCode.VIOLATIONS;
  }

  static List<Check> checks(PdfSignatures.Verification verification, String surveySha256) {
    List<Check> checks = new ArrayList<>();
    List<SignatureCheck> signatures = verification.signatures();
    if (signatures.isEmpty()) {
      checks.add(new Check("FAIL", "signatures", "the document carries none"));
    }
    for (int i = 0; i < signatures.size(); i++) {
      SignatureCheck s = signatures.get(i);
      String subject = "signature " + (i + 1) + " (" + s.field() + ", " + s.subFilter() + ")";
      String signed = (s.signer() == null ? "" : " by " + s.signer())
          + (s.signingTime() == null ? "" : " at " + s.signingTime());
      checks.add(s.intact() ? new Check("ok", subject, "intact, signed" + signed)
          : new Check("FAIL", subject, s.problem()));
      String signer = "signature " + (i + 1) + " signer";
      switch (s.trust()) {
        case TRUSTED -> checks.add(new Check("ok", signer, "trusted: " + s.trustNote()));
        case UNTRUSTED -> checks.add(new Check("FAIL", signer, "untrusted: " + s.trustNote()));
        case UNCHECKED -> {
          if (s.signer() != null) {
            checks.add(new Check("note", signer, "untrusted but " + (s.intact() ? "intact" : "not intact")
                + ": no --trust given to check " + s.signer() + " against"));
          }
        }
      }
    }
    if (!signatures.isEmpty()) {
      long after = verification.bytesAfterLastSignature();
      checks.add(after == 0
          ? new Check("ok", "whole file", "the last signature covers all " + verification.length() + " bytes")
          : new Check("FAIL", "whole file", after + " bytes were added after the last signature"));
    }
    if (surveySha256 != null) {
      String carried = verification.surveySha256();
      checks.add(carried == null ? new Check("FAIL", "survey", "the document carries no survey SHA-256")
          : carried.equals(surveySha256) ? new Check("ok", "survey", "SHA-256 " + surveySha256 + " is the document's")
          : new Check("FAIL", "survey", "SHA-256 " + surveySha256 + " differs from the document's " + carried));
    }
    return checks;
  }

  private static void json(List<Check> checks, boolean holds, PrintWriter out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.writeStartObject();
      json.writeBooleanField("valid", holds);
      json.writeArrayFieldStart("checks");
      for (Check c : checks) {
        json.writeStartObject();
        json.writeStringField("status", c.status());
        json.writeStringField("check", c.subject());
        json.writeStringField("detail", c.detail());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandFailure(ExitCode.INPUT, file + ": no such file");
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.INPUT, file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static List<X509Certificate> certificates(Path file) {
    List<X509Certificate> list = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        list.add((X509Certificate) c);
      }
    } catch (NoSuchFileException e) {
      throw new CommandFailure(ExitCode.INPUT, file + ": no such file");
    } catch (IOException | CertificateException e) {
      throw new CommandFailure(ExitCode.INPUT, file + ": not a PEM or DER certificate file (" + e.getMessage() + ")", e);
    }
    if (list.isEmpty()) {
      throw new CommandFailure(ExitCode.INPUT, file + ": holds no certificate");
    }
    return list;
  }
}
