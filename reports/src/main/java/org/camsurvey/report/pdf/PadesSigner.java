package org.camsurvey.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.camsurvey.read.Sha256;
import org.camsurvey.report.DocumentText;

/**
 * Signs a PDF once more as a PAdES baseline B-B signature (SubFilter ETSI.CAdES.detached) in an
 * incremental update, so that the signatures before it stay valid; the signature shows in its
 * block as the signer's name, the certificate's subject and the signing time.
 *
 * <p>Apart from the CMS itself, the update depends only on its inputs: the signing time is also
 * the modification date, and the file identifier's second part is drawn from the document's
 * first part, the field and the time.
 */
public final class PadesSigner {
  static final PdfName ETSI_CADES_DETACHED = new PdfName("ETSI.CAdES.detached");
  /** How far inside its block the signature's box lies: within the cell's own border. */
  private static final float INSET = 0.6f;
  private static final float PADDING = 2.5f;
  private static final float LEADING = 1.25f;
  private static final Color SIGNED = new Color(0x1F, 0x3A, 0x68);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private PadesSigner() {}

  /**
   * The PDF with one more signature.
   *
   * @param block where the signature shows
   * @param field the signature field's name, new in the document (no dots)
   * @throws SigningException when the key's certificate is not valid at {@code time}, or it cannot sign
   */
  public static byte[] sign(byte[] pdf, SignatureBlock block, String field, SigningKey key, Instant time,
      DocumentFont font, DocumentText text) {
    key.requireValidAt(time);
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(time.toEpochMilli());
    X509Certificate certificate = key.certificate();
    String subject = certificate.getSubjectX500Principal().getName();
    String signer = block.signer() != null ? block.signer() : commonName(subject);
    try {
      PdfReader reader = new PdfReader(pdf);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
      stamper.setEnforcedModificationDate(when);
      byte[] changing = Arrays.copyOf(Sha256.of(Arrays.toString(reader.getDocumentId()) + "\n" + field + "\n" + time), 16);
      stamper.setOverrideFileId(PdfEncryption.createInfoId(changing, changing));

      PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
      appearance.setCrypto(null, key.chain().toArray(new X509Certificate[0]), null, PdfSignatureAppearance.SELF_SIGNED);
      appearance.setSignDate(when);
      appearance.setAcro6Layers(true);
      appearance.setVisibleSignature(new Rectangle(block.left() + INSET, block.bottom() + INSET,
          block.right() - INSET, block.top() - INSET), block.page(), field);
      draw(appearance.getLayer(2), font.newBase(field + subject + time), List.of(
          font.check(text.format("signature.digital.signer", signer)),
          font.check(text.format("signature.digital.certificate", subject)),
          font.check(text.format("signature.digital.time", TIME.format(time)))));

      PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, ETSI_CADES_DETACHED);
      dictionary.setDate(new PdfDate(when));
      dictionary.setName(signer);
      appearance.setCryptoDictionary(dictionary);
      int reserved = reservedBytes(key);
      appearance.preClose(Map.of(PdfName.CONTENTS, reserved * 2 + 2));

      byte[] cms = CadesSignature.detached(appearance.getRangeStream().readAllBytes(), key);
      if (cms.length > reserved) {
        throw new IllegalStateException("the signature takes " + cms.length + " bytes, " + reserved + " were reserved");
      }
      PdfDictionary contents = new PdfDictionary();
      contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, reserved)).setHexWriting(true));
      appearance.close(contents);
      return out.toByteArray();
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("the PDF could not be signed: " + e.getMessage(), e);
    }
  }

  /**
   * The signature's appearance: an opaque box over the block (hiding the cell borders inside it)
   * with the lines as large as they fit, up to the documents' body size.
   */
  private static void draw(PdfTemplate layer, BaseFont base, List<String> lines) throws DocumentException {
    Rectangle box = layer.getBoundingBox();
    float width = box.getWidth();
    float height = box.getHeight();
    layer.saveState();
    layer.setColorFill(Color.WHITE);
    layer.rectangle(0, 0, width, height);
    layer.fill();
    layer.setColorStroke(SIGNED);
    layer.setLineWidth(0.8f);
    layer.rectangle(0.4f, 0.4f, width - 0.8f, height - 0.8f);
    layer.stroke();
    layer.restoreState();
    float widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, base.getWidthPoint(line, 1));
    }
    float size = Math.min(PdfLayout.BODY - 1, Math.min((width - 2 * PADDING) / widest,
        (height - 2 * PADDING) / (lines.size() * LEADING)));
    ColumnText column = new ColumnText(layer);
    Font font = new Font(base, size, Font.NORMAL, SIGNED);
    column.setSimpleColumn(new Phrase(size * LEADING, String.join("\n", lines), font), PADDING, PADDING,
        width - PADDING, height - PADDING, size * LEADING, Element.ALIGN_LEFT);
    column.go();
  }

  /** Room for the CMS: the certificates it carries, the signature and its attributes, and slack. */
  private static int reservedBytes(SigningKey key) {
    int size = 4096;
    for (X509Certificate c : key.chain()) {
      try {
        size += c.getEncoded().length;
      } catch (CertificateEncodingException e) {
        throw new SigningException(key.keystore(), "a certificate of the chain cannot be encoded", e);
      }
    }
    return size;
  }

  /** The subject's common name, or the whole subject where it has none. */
  static String commonName(String subject) {
    try {
      for (Rdn rdn : new LdapName(subject).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      return subject;
    }
    return subject;
  }
}
