package org.camsurvey.report.pdf;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies the signatures of a PDF: for each, that its byte range is whole and its CMS signs
 * exactly those bytes with the certificate it names; optionally that the certificate chains to a
 * trusted one at the signing time; and what the document says its survey's SHA-256 is.
 */
public final class PdfSignatures {
  private static final Pattern SURVEY_SHA256 = Pattern.compile("survey-sha256:([0-9a-f]{64})");

  /**
   * What a PDF's signatures and metadata say.
   *
   * @param length the file's length in bytes
   * @param signatures each signature, in the order they were made (by the bytes they cover)
   * @param surveySha256 the survey digest the document carries, or null
   */
  public record Verification(long length, List<SignatureCheck> signatures, String surveySha256) {
    public Verification {
      signatures = List.copyOf(signatures);
    }

    /** The bytes after the last signature's range: 0 when nothing was appended since. */
    public long bytesAfterLastSignature() {
      return signatures.isEmpty() ? length : length - signatures.get(signatures.size() - 1).coveredTo();
    }
  }

  private PdfSignatures() {}

  /**
   * Verifies a PDF's signatures.
   *
   * @param trusted the certificates to trust as roots; empty to leave trust unchecked
   * @throws IOException when the bytes are not a PDF that can be read
   */
  public static Verification verify(byte[] pdf, Collection<X509Certificate> trusted) throws IOException {
    PdfReader reader;
    try {
      reader = new PdfReader(pdf);
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a readable PDF (" + e.getMessage() + ")", e);
    }
    try {
      AcroFields fields = reader.getAcroFields();
      List<SignatureCheck> checks = new ArrayList<>();
      for (String name : fields.getSignedFieldNames()) {
        checks.add(check(pdf, name, fields.getSignatureDictionary(name), trusted));
      }
      checks.sort(Comparator.comparingLong(SignatureCheck::coveredTo));
      String keywords = reader.getInfo().get("Keywords");
      Matcher m = SURVEY_SHA256.matcher(keywords == null ? "" : keywords);
      return new Verification(pdf.length, checks, m.find() ? m.group(1) : null);
    } catch (RuntimeException e) {
      throw new IOException("not a readable PDF (" + e.getMessage() + ")", e);
    } finally {
      reader.close();
    }
  }

  private static SignatureCheck check(byte[] pdf, String field, PdfDictionary signature,
      Collection<X509Certificate> trusted) {
    PdfName subFilterName = signature.getAsName(PdfName.SUBFILTER);
    String subFilter = subFilterName == null ? "?" : PdfName.decodeName(subFilterName.toString());
    PdfString m = signature.getAsString(PdfName.M);
    Calendar claimed = m == null ? null : PdfDate.decode(m.toString());
    Instant time = claimed == null ? null : claimed.toInstant();
    long[] range = byteRange(signature.getAsArray(PdfName.BYTERANGE));
    long coveredTo = range == null ? 0 : range[2] + range[3];
    String rangeProblem = rangeProblem(pdf, range);
    PdfString contents = signature.getAsString(PdfName.CONTENTS);
    if (rangeProblem != null || contents == null) {
      return new SignatureCheck(field, subFilter, null, time, coveredTo,
          rangeProblem != null ? rangeProblem : "it has no /Contents", SignatureCheck.Trust.UNCHECKED, null);
    }
    ByteArrayOutputStream signed = new ByteArrayOutputStream();
    signed.write(pdf, 0, (int) range[1]);
    signed.write(pdf, (int) range[2], (int) range[3]);
    CMSSignedData cms;
    try {
      // the reserved /Contents is padded with zeros after the CMS, which BouncyCastle would take for more data
      ContentInfo info;
      try (ASN1InputStream in = new ASN1InputStream(contents.getOriginalBytes())) {
        info = ContentInfo.getInstance(in.readObject());
      }
      cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), info);
    } catch (CMSException | IOException | RuntimeException e) {
      return new SignatureCheck(field, subFilter, null, time, coveredTo,
          "its /Contents is not a CMS signature (" + e.getMessage() + ")", SignatureCheck.Trust.UNCHECKED, null);
    }
    if (cms.getSignerInfos().size() != 1) {
      return new SignatureCheck(field, subFilter, null, time, coveredTo,
          "its CMS has " + cms.getSignerInfos().size() + " signers, not one", SignatureCheck.Trust.UNCHECKED, null);
    }
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    List<X509Certificate> carried = certificates(cms);
    X509Certificate certificate = carried.stream()
        .filter(c -> signer.getSID().match(holder(c))).findFirst().orElse(null);
    if (certificate == null) {
      return new SignatureCheck(field, subFilter, null, time, coveredTo,
          "its CMS does not carry the signer's certificate", SignatureCheck.Trust.UNCHECKED, null);
    }
    String subject = certificate.getSubjectX500Principal().getName();
    String problem = integrityProblem(signer, certificate);
    if (problem == null) {
      problem = signingCertificateProblem(signer, certificate, subFilter);
    }
    if (trusted.isEmpty()) {
      return new SignatureCheck(field, subFilter, subject, time, coveredTo, problem, SignatureCheck.Trust.UNCHECKED,
          "no trusted certificates given");
    }
    String why = untrusted(certificate, carried, trusted, time);
    return new SignatureCheck(field, subFilter, subject, time, coveredTo, problem,
        why == null ? SignatureCheck.Trust.TRUSTED : SignatureCheck.Trust.UNTRUSTED,
        why == null ? root(certificate, carried, trusted, time) : why);
  }

  private static long[] byteRange(PdfArray array) {
    if (array == null || array.size() != 4) {
      return null;
    }
    long[] range = new long[4];
    for (int i = 0; i < 4; i++) {
      if (array.getAsNumber(i) == null) {
        return null;
      }
      range[i] = (long) array.getAsNumber(i).doubleValue();
    }
    return range;
  }

  /** A byte range must run from the start to the end of its revision, leaving out just the /Contents string. */
  private static String rangeProblem(byte[] pdf, long[] range) {
    if (range == null) {
      return "its /ByteRange is missing or malformed";
    }
    if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0) {
      return "its /ByteRange " + Arrays.toString(range) + " does not start at the file's start or is disordered";
    }
    if (range[2] + range[3] > pdf.length) {
      return "its /ByteRange " + Arrays.toString(range) + " runs past the end of the file (" + pdf.length + " bytes)";
    }
    if (pdf[(int) range[1]] != '<' || pdf[(int) range[2] - 1] != '>' || !hex(pdf, (int) range[1] + 1, (int) range[2] - 1)) {
      return "its /ByteRange " + Arrays.toString(range) + " leaves out more than the signature's /Contents";
    }
    return null;
  }

  private static boolean hex(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(bytes[i], 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Why the CMS does not sign the covered bytes with this certificate, or null. */
  private static String integrityProblem(SignerInformation signer, X509Certificate certificate) {
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CadesSignature.PROVIDER).build(certificate))
          ? null : "the signature value does not match the signed bytes";
    } catch (CMSException e) {
      return "the signed bytes were changed since signing (" + e.getMessage() + ")";
    } catch (OperatorCreationException | RuntimeException e) {
      return "the signature cannot be checked (" + e.getMessage() + ")";
    }
  }

  /** PAdES B-B binds the signer's certificate by an ESS signing-certificate-v2 attribute. */
  private static String signingCertificateProblem(SignerInformation signer, X509Certificate certificate, String subFilter) {
    Attribute attribute = signer.getSignedAttributes() == null ? null
        : signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (attribute == null) {
      return subFilter.equals("ETSI.CAdES.detached")
          ? "its CMS lacks the signing-certificate-v2 attribute PAdES requires" : null;
    }
    try {
      ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
      String algorithm = id.getHashAlgorithm().getAlgorithm().getId();
      byte[] hash = MessageDigest.getInstance(algorithm, CadesSignature.PROVIDER).digest(certificate.getEncoded());
      return Arrays.equals(hash, id.getCertHash()) ? null
          : "its signing-certificate-v2 attribute names another certificate than the signer's";
    } catch (GeneralSecurityException | RuntimeException e) {
      return "its signing-certificate-v2 attribute cannot be read (" + e.getMessage() + ")";
    }
  }

  private static List<X509Certificate> certificates(CMSSignedData cms) {
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    List<X509Certificate> list = new ArrayList<>();
    for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
      try {
        list.add(converter.getCertificate(holder));
      } catch (CertificateException e) {
        // a certificate Java cannot read plays no part in the chain; the signer's is checked for apart
      }
    }
    return list;
  }

  private static X509CertificateHolder holder(X509Certificate certificate) {
    try {
      return new X509CertificateHolder(certificate.getEncoded());
    } catch (IOException | CertificateException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Why the certificate does not chain to a trusted one at the signing time, or null when it does. */
  private static String untrusted(X509Certificate certificate, List<X509Certificate> carried,
      Collection<X509Certificate> trusted, Instant time) {
    try {
      build(certificate, carried, trusted, time);
      return null;
    } catch (CertPathBuilderException e) {
      return "no chain from " + certificate.getSubjectX500Principal().getName() + " to a trusted certificate"
          + (time == null ? "" : " valid at " + time) + " (" + e.getMessage() + ")";
    } catch (GeneralSecurityException e) {
      return "the chain cannot be checked (" + e.getMessage() + ")";
    }
  }

  private static String root(X509Certificate certificate, List<X509Certificate> carried,
      Collection<X509Certificate> trusted, Instant time) {
    try {
      return "chains to " + build(certificate, carried, trusted, time).getTrustAnchor().getTrustedCert()
          .getSubjectX500Principal().getName();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PKIXCertPathBuilderResult build(X509Certificate certificate, List<X509Certificate> carried,
      Collection<X509Certificate> trusted, Instant time) throws GeneralSecurityException {
    Set<TrustAnchor> anchors = new HashSet<>();
    trusted.forEach(c -> anchors.add(new TrustAnchor(c, null)));
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(certificate);
    PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
    parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
    // B-B carries no revocation data, and none can be fetched offline: validity is checked at the signing time
    parameters.setRevocationEnabled(false);
    if (time != null) {
      parameters.setDate(Date.from(time));
    }
    return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
  }
}
