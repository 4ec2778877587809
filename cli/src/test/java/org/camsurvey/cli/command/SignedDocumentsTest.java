package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.lowagie.text.pdf.PdfReader;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.TestAuthority;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sign} on {@code inspect} and {@code filing}, and {@code camsurvey verify}, end to end:
 * the sample's inspection signed by both inspectors with keys of a test authority made for the
 * run, checked by poppler's {@code pdfsig} and by {@code verify}; then tampered with.
 */
@Tag("slow")
class SignedDocumentsTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();
  private static final String PASSWORD = "correct horse battery staple";
  @TempDir static Path dir;
  private static TestAuthority authority;
  private static Path passwordFile;
  private static Path zhang;
  private static Path li;
  private static Path root;
  private static Path signed;

  @BeforeAll
  static void signTheSampleInspectionWithTwoInspectors() throws Exception {
    authority = new TestAuthority("camsurvey test root");
    root = authority.rootPem(dir.resolve("root.pem"));
    passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
    zhang = authority.signer(dir.resolve("zhang.p12"), "张伟", PASSWORD);
    li = authority.signer(dir.resolve("li.p12"), "李娜", PASSWORD);
    signed = dir.resolve("signed.pdf");
    Run run = inspect(signed, "--sign", zhang.toString(), "--sign", li.toString(), "--sign-pass-file", passwordFile.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
  }

  private static Run inspect(Path output, String... more) {
    List<String> args = new ArrayList<>(List.of("inspect", SAMPLE, "-o", output.toString(), "--inspector", "张伟:50010012345",
        "--inspector", "李娜:50010012346", "--date", "2023-09-14"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void pdfsigFindsBothSignaturesValidAndTheLastCoveringTheWholeDocument() throws Exception {
    assumeTrue(onPath("pdfsig"), "pdfsig (poppler-utils) is not installed");
    String report = pdfsig(signed);
    assertThat(report).contains("Signature #1:", "Signature #2:");
    assertThat(report).doesNotContain("Signature #3:");
    assertThat(occurrences(report, "Signature Validation: Signature is Valid.")).as(report).isEqualTo(2);
    assertThat(occurrences(report, "Signature Type: ETSI.CAdES.detached")).as(report).isEqualTo(2);
    assertThat(report).contains("Signing Hash Algorithm: SHA-256", "CN=张伟", "CN=李娜", "Total document signed");
  }

  @Test
  void verifyFindsBothSignaturesIntactAndTheSignersUntrustedWithoutTrust() {
    Run run = Cli.run("verify", signed.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().toList()).hasSize(5);
    assertThat(run.out()).contains("ok    signature 1 (Signature1, ETSI.CAdES.detached): intact, signed by CN=张伟",
        "ok    signature 2 (Signature2, ETSI.CAdES.detached): intact, signed by CN=李娜",
        "at 2023-09-14T00:00:00Z",
        "note  signature 1 signer: untrusted but intact",
        "ok    whole file: the last signature covers all " + size(signed) + " bytes");
  }

  @Test
  void verifyTrustsSignersCertifiedByTheTrustedRoot() {
    Run run = Cli.run("verify", signed.toString(), "--trust", root.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("ok    signature 1 signer: trusted: chains to CN=camsurvey test root",
        "ok    signature 2 signer: trusted: chains to CN=camsurvey test root");
  }

  @Test
  void verifyFailsSignersOfAnotherAuthority() throws Exception {
    Path other = new TestAuthority("another root").rootPem(dir.resolve("other-root.pem"));
    Run run = Cli.run("verify", signed.toString(), "--trust", other.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL  signature 1 signer: untrusted: no chain from CN=张伟",
        "FAIL  signature 2 signer: untrusted: no chain from CN=李娜", "ok    signature 1 (");
  }

  @Test
  void verifyComparesTheSurveysDigestWithTheDocuments() throws IOException {
    Run same = Cli.run("verify", signed.toString(), SAMPLE);
    assertThat(same.exitCode()).as(same.toString()).isZero();
    assertThat(same.out()).containsPattern("ok    survey: SHA-256 [0-9a-f]{64} is the document's");

    Path changed = dir.resolve("changed-survey");
    Files.createDirectories(changed);
    try (Stream<Path> files = Files.list(Path.of(SAMPLE))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".geojson")).toList()) {
        Files.copy(f, changed.resolve(f.getFileName()));
      }
    }
    Files.writeString(changed.resolve("cameras.geojson"), "\n", StandardOpenOption.APPEND);
    Run other = Cli.run("verify", signed.toString(), changed.toString());
    assertThat(other.exitCode()).as(other.toString()).isEqualTo(1);
    assertThat(other.out()).containsPattern("FAIL  survey: SHA-256 [0-9a-f]{64} differs from the document's [0-9a-f]{64}");
  }

  @Test
  void aByteChangedInsideTheSignedRangeInvalidatesTheSignatures() throws Exception {
    byte[] pdf = Files.readAllBytes(signed);
    int at = indexOf(pdf, "stream", 2000) + 40;
    pdf[at] ^= 0x01;
    Path tampered = Files.write(dir.resolve("tampered.pdf"), pdf);

    Run run = Cli.run("verify", tampered.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL  signature 1 (Signature1, ETSI.CAdES.detached): the signed bytes were changed",
        "FAIL  signature 2 (Signature2, ETSI.CAdES.detached): the signed bytes were changed");
    if (onPath("pdfsig")) {
      String report = pdfsig(tampered);
      assertThat(report).doesNotContain("Signature is Valid.");
      assertThat(report).as("pdfsig reads the changed file").contains("Signature #2:");
      assertThat(occurrences(report, "Signature Validation: Digest Mismatch.")).as(report).isEqualTo(2);
    }
  }

  @Test
  void bytesAppendedAfterTheLastSignatureFailVerification() throws Exception {
    Path appended = Files.copy(signed, dir.resolve("appended.pdf"));
    Files.writeString(appended, "\n% added later\n", StandardOpenOption.APPEND);
    Run run = Cli.run("verify", appended.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("ok    signature 2 (", "FAIL  whole file: 15 bytes were added after the last signature");
    if (onPath("pdfsig")) {
      assertThat(pdfsig(appended)).doesNotContain("Total document signed");
    }
  }

  @Test
  void theSameInputsSignAlikeWithDate() throws IOException {
    Path again = dir.resolve("again.pdf");
    Run run = inspect(again, "--sign", zhang.toString(), "--sign", li.toString(), "--sign-pass-file", passwordFile.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(withoutSignatureValues(Files.readAllBytes(again))).isEqualTo(withoutSignatureValues(Files.readAllBytes(signed)));
  }

  @Test
  void theFilingPacketIsSignedInTheBuildingUnitsBlock() throws Exception {
    Path packet = dir.resolve("packet.pdf");
    Run run = Cli.run("filing", SAMPLE, "-o", packet.toString(), "--sign", zhang.toString(), "--sign-pass-file",
        passwordFile.toString(), "--date", "2023-08-30");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Run verify = Cli.run("verify", packet.toString(), SAMPLE, "--trust", root.toString());
    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("ok    signature 1 signer: trusted", "ok    survey: ");
    if (onPath("pdfsig")) {
      assertThat(pdfsig(packet)).contains("Signature is Valid.", "Total document signed");
    }
  }

  @Test
  void theRegulationsFilingFormIsSignedInEachUnitsBlockInTurn() throws Exception {
    Path form = dir.resolve("form.pdf");
    Run run = Cli.run("filing", SAMPLE, "-o", form.toString(), "--law", "cn2025", "--sign", zhang.toString(), "--sign",
        li.toString(), "--sign-pass-file", passwordFile.toString(), "--date", "2026-11-20");
    assertThat(run.exitCode()).as(run.toString()).isZero();

    Run verify = Cli.run("verify", form.toString(), SAMPLE, "--trust", root.toString());
    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("ok    signature 1 signer: trusted", "ok    signature 2 signer: trusted",
        "ok    survey: ").doesNotContain("signature 3");
    PdfReader reader = new PdfReader(form.toString());
    int first = (int) reader.getAcroFields().getFieldPositions("Signature1")[0];
    int second = (int) reader.getAcroFields().getFieldPositions("Signature2")[0];
    reader.close();
    assertThat(first).as("the first unit's form, then the second's").isLessThan(second);
    if (onPath("pdfsig")) {
      assertThat(occurrences(pdfsig(form), "Signature is Valid.")).isEqualTo(2);
    }
  }

  @Test
  void underBothLawsTheFormsBlocksComeBeforeThePacketsAndNoMoreKeysThanBlocksAreTaken() {
    List<String> args = new ArrayList<>(List.of("filing", SAMPLE, "-o", dir.resolve("both.pdf").toString(), "--law",
        "cn2025,cq2009", "--sign-pass-file", passwordFile.toString(), "--date", "2026-11-20"));
    for (int i = 0; i < 10; i++) {
      args.addAll(List.of("--sign", zhang.toString()));
    }
    Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--sign is given 10 times, but the document has 9 signature blocks (the filing unit"
        + " of each of the 6 forms, then the building unit, the designer and installer, the tester)");
    assertThat(dir.resolve("both.pdf")).doesNotExist();
  }

  @Test
  void verifyPrintsJsonForScripts() {
    Run run = Cli.run("verify", signed.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\"valid\" : true", "\"status\" : \"note\"", "\"check\" : \"whole file\"");
  }

  @Test
  void anUnsignedDocumentFailsVerification() {
    Path plain = dir.resolve("plain.pdf");
    assertThat(inspect(plain).exitCode()).isZero();
    Run run = Cli.run("verify", plain.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("FAIL  signatures: the document carries none\n");
  }

  @Test
  void aFileThatIsNotAPdfIsRejected() throws IOException {
    Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "not a PDF at all");
    Run run = Cli.run("verify", notPdf.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).startsWith("camsurvey: " + notPdf + ": not a readable PDF").hasLineCount(1);
  }

  @Test
  void aWrongPasswordIsRejectedAndNothingWritten() throws IOException {
    Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the password\n");
    assertRejected("wrong-password.pdf", zhang, "wrong password", "--sign", zhang.toString(), "--sign-pass-file", wrong.toString());
  }

  @Test
  void anExpiredCertificateIsRejectedAndNothingWritten() throws Exception {
    Path expired = authority.keystore(dir.resolve("expired.p12"), "过期", PASSWORD, TestAuthority.LONG_AGO,
        Instant.parse("2020-01-01T00:00:00Z"), KeyUsage.digitalSignature);
    assertRejected("expired.pdf", expired, "the certificate expired on 2020-01-01T00:00:00Z, before the signing time 2023-09-14T00:00:00Z",
        "--sign", zhang.toString(), "--sign", expired.toString(), "--sign-pass-file", passwordFile.toString());
  }

  @Test
  void aCertificateNotYetValidIsRejectedAndNothingWritten() throws Exception {
    Path early = authority.keystore(dir.resolve("early.p12"), "未生效", PASSWORD, Instant.parse("2024-01-01T00:00:00Z"),
        TestAuthority.FAR_OFF, KeyUsage.digitalSignature);
    assertRejected("early.pdf", early, "the certificate is not valid until 2024-01-01T00:00:00Z",
        "--sign", early.toString(), "--sign-pass-file", passwordFile.toString());
  }

  @Test
  void aKeyWithoutDigitalSignatureUsageIsRejectedAndNothingWritten() throws Exception {
    Path encipher = authority.keystore(dir.resolve("encipher.p12"), "加密", PASSWORD, TestAuthority.LONG_AGO,
        TestAuthority.FAR_OFF, KeyUsage.keyEncipherment);
    assertRejected("encipher.pdf", encipher, "does not allow digital signatures (key usage)",
        "--sign", encipher.toString(), "--sign-pass-file", passwordFile.toString());
  }

  @Test
  void aKeystoreThatIsNotPkcs12IsRejectedAndNothingWritten() throws Exception {
    java.security.KeyStore jks = java.security.KeyStore.getInstance("JKS");
    jks.load(null, null);
    jks.setCertificateEntry("root", authority.root());
    Path jksFile = dir.resolve("store.jks");
    try (var out = Files.newOutputStream(jksFile)) {
      jks.store(out, PASSWORD.toCharArray());
    }
    assertRejected("jks.pdf", jksFile, "not a PKCS#12 keystore", "--sign", jksFile.toString(), "--sign-pass-file",
        passwordFile.toString());
    assertRejected("pem.pdf", root, "not a PKCS#12 keystore", "--sign", root.toString(), "--sign-pass-file",
        passwordFile.toString());
  }

  @Test
  void aPasswordMustComeFromAFileOrTheEnvironment() {
    assumeTrue(System.getenv("CAMSURVEY_SIGN_PASS") == null, "the environment gives a password");
    Path output = dir.resolve("no-password.pdf");
    Run run = inspect(output, "--sign", zhang.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--sign-pass-file FILE or set CAMSURVEY_SIGN_PASS");
    assertThat(output).doesNotExist();
  }

  @Test
  void thePasswordMayComeFromTheEnvironment() throws Exception {
    Path output = dir.resolve("from-environment.pdf");
    // a process of its own, since a test cannot set its own environment; ASCII names, whatever the locale
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.camsurvey.cli.Main", "inspect", SAMPLE,
        "-o", output.toString(), "--inspector", "Zhang Wei:50010012345", "--inspector", "Li Na:50010012346", "--lang", "en",
        "--sign", zhang.toString()).redirectErrorStream(true);
    builder.environment().put("CAMSURVEY_SIGN_PASS", PASSWORD);
    Process process = builder.start();
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(said).isZero();
    Run run = Cli.run("verify", output.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("ok    signature 1 (Signature1, ETSI.CAdES.detached): intact, signed by CN=张伟");
  }

  @Test
  void aKeystoreOfSeveralKeysNeedsTheAliasOfTheOneThatSigns() throws Exception {
    java.security.KeyStore both = java.security.KeyStore.getInstance("PKCS12");
    both.load(null, null);
    for (Path one : List.of(zhang, li)) {
      java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
      try (var in = Files.newInputStream(one)) {
        store.load(in, PASSWORD.toCharArray());
      }
      both.setEntry(one.getFileName().toString().replace(".p12", ""), store.getEntry("signer",
          new java.security.KeyStore.PasswordProtection(PASSWORD.toCharArray())),
          new java.security.KeyStore.PasswordProtection(PASSWORD.toCharArray()));
    }
    Path office = dir.resolve("office.p12");
    try (var out = Files.newOutputStream(office)) {
      both.store(out, PASSWORD.toCharArray());
    }
    assertRejected("no-alias.pdf", office, "holds 2 keys (", "--sign", office.toString(), "--sign-pass-file",
        passwordFile.toString());

    Path output = dir.resolve("by-alias.pdf");
    Run run = inspect(output, "--sign", office.toString(), "--sign", office.toString(), "--sign-alias", "zhang",
        "--sign-alias", "li", "--sign-pass-file", passwordFile.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Run verify = Cli.run("verify", output.toString(), "--trust", root.toString());
    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("signed by CN=张伟", "signed by CN=李娜");
  }

  @Test
  void aTrustFileWithoutCertificatesIsRejected() {
    Run run = Cli.run("verify", signed.toString(), "--trust", passwordFile.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1).startsWith("camsurvey: " + passwordFile + ": not a PEM or DER certificate file");
  }

  @Test
  void moreKeysThanInspectorsIsAUsageError() {
    Path output = dir.resolve("three.pdf");
    Run run = inspect(output, "--sign", zhang.toString(), "--sign", li.toString(), "--sign", zhang.toString(),
        "--sign-pass-file", passwordFile.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(output).doesNotExist();
  }

  private static void assertRejected(String name, Path keystore, String reason, String... options) {
    Path output = dir.resolve(name);
    Run run = inspect(output, options);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1).startsWith("camsurvey: " + keystore + ": ").contains(reason);
    assertThat(output).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(name) || n.startsWith("." + name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The file with every signature's /Contents hex string blanked out. */
  private static String withoutSignatureValues(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/Contents <[0-9a-fA-F]+>", "/Contents <>");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int indexOf(byte[] bytes, String what, int from) {
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = s.indexOf(what, from);
    assertThat(at).as("'%s' after byte %d", what, from).isPositive();
    return at;
  }

  private static int occurrences(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  private static String pdfsig(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdfsig", "-nocert", pdf.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
  }
}
