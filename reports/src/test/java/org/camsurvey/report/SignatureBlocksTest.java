package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camsurvey.model.Language;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.FilingPacket;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.report.pdf.LaidOutPdf;
import org.camsurvey.report.pdf.PdfSignatures;
import org.camsurvey.report.pdf.SignatureBlock;
import org.camsurvey.rules.CheckResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where the documents leave room for signatures, as the signer needs it, and what
 * {@link PdfSignatures} reads from a document that is not signed.
 */
@Tag("slow")
class SignatureBlocksTest {
  private static final LocalDate DATE = LocalDate.of(2024, 3, 12);
  private static final String SHA = "ab".repeat(32);
  private static final CheckResult RESULT = ReportFixture.everyFinding();

  private static DocumentInfo info(String kind) {
    return new DocumentInfo(DocumentInfo.number(kind, DATE, SHA), DATE, "fixture", SHA, Language.ZH, "test");
  }

  @Test
  void theInspectionReportHasABlockPerInspectorInTheirOrderOnTheLastPage() throws IOException {
    LaidOutPdf report = InspectionReport.layOut(RESULT,
        new InspectionReport.Inspection(List.of(new Inspector("张伟", "50010012345"), new Inspector("李娜", "50010012346"),
            new Inspector("王芳", "50010012347")), DATE.plusDays(15)), info("INS"), DocumentFont.bundled(), null);

    List<SignatureBlock> blocks = report.signatureBlocks();
    assertThat(blocks).extracting(SignatureBlock::signer).containsExactly("张伟", "李娜", "王芳");
    assertThat(blocks).extracting(SignatureBlock::page).containsOnly(pages(report.pdf()));
    assertThat(blocks.get(0).top()).isGreaterThan(blocks.get(1).top());
    assertThat(blocks.get(1).top()).isGreaterThan(blocks.get(2).top());
    for (SignatureBlock b : blocks) {
      assertThat(b.right() - b.left()).as("the signature and date columns, joined").isGreaterThan(150);
      assertThat(b.top() - b.bottom()).isGreaterThanOrEqualTo(34);
    }
  }

  @Test
  void theFilingPacketHasTheBuildingUnitsTheInstallersAndTheTestersBlocks() throws IOException {
    LaidOutPdf packet = FilingPacket.layOut(RESULT, info("FIL"), DocumentFont.bundled(), null);

    List<SignatureBlock> blocks = packet.signatureBlocks();
    assertThat(blocks).hasSize(3);
    assertThat(blocks).extracting(SignatureBlock::signer).containsOnlyNulls();
    Set<Integer> pages = blocks.stream().map(SignatureBlock::page).collect(Collectors.toSet());
    assertThat(pages).containsExactly(pages(packet.pdf()));
    assertThat(blocks.get(0).top()).isGreaterThan(blocks.get(1).top());
    assertThat(blocks.get(1).top()).isGreaterThan(blocks.get(2).top());
  }

  @Test
  void laidOutOrWrittenTheDocumentIsTheSame() {
    DocumentFont font = DocumentFont.bundled();
    assertThat(FilingPacket.layOut(RESULT, info("FIL"), font, null).pdf()).isEqualTo(FilingPacket.write(RESULT, info("FIL"), font));
  }

  @Test
  void anUnsignedDocumentHasNoSignaturesAndCarriesItsSurveysDigest() throws IOException {
    byte[] pdf = FilingPacket.write(RESULT, info("FIL"), DocumentFont.bundled());

    PdfSignatures.Verification v = PdfSignatures.verify(pdf, List.of());
    assertThat(v.signatures()).isEmpty();
    assertThat(v.surveySha256()).isEqualTo(SHA);
    assertThat(v.bytesAfterLastSignature()).isEqualTo(pdf.length);
  }

  @Test
  void bytesThatAreNotAPdfCannotBeVerified() {
    assertThatThrownBy(() -> PdfSignatures.verify("%PDF-1.7 and nothing else".getBytes(StandardCharsets.US_ASCII), List.of()))
        .isInstanceOf(IOException.class).hasMessageStartingWith("not a readable PDF");
  }

  @Test
  void aSignatureBlockMustHaveAnArea() {
    assertThatThrownBy(() -> new SignatureBlock(1, 10, 10, 10, 20, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignatureBlock(0, 10, 10, 20, 20, null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }
}
