package org.camsurvey.report.pdf;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS a PAdES baseline B-B signature embeds (ETSI EN 319 142-1, 6.3): detached, SHA-256,
 * signed attributes content-type, message-digest and ESS signing-certificate-v2, and no
 * signing-time attribute (the time is the signature dictionary's /M).
 */
final class CadesSignature {
  /** BouncyCastle is used as a provider object, not registered with the JVM for everyone. */
  static final Provider PROVIDER = new BouncyCastleProvider();

  private CadesSignature() {}

  /** The DER-encoded CMS SignedData over {@code signedBytes}, which it does not contain. */
  static byte[] detached(byte[] signedBytes, SigningKey key) {
    String algorithm = switch (key.key().getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC", "ECDSA" -> "SHA256withECDSA";
      default -> throw new SigningException(key.keystore(), "a " + key.key().getAlgorithm()
          + " key cannot make a PAdES signature here; use an RSA or EC key");
    };
    try {
      ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(PROVIDER).build(key.key());
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build())
              .setSignedAttributeGenerator(new SignedAttributes(signingCertificate(key.certificate())))
              .build(signer, key.certificate()));
      generator.addCertificates(new JcaCertStore(key.chain()));
      return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded(ASN1Encoding.DER);
    } catch (OperatorCreationException | CMSException | GeneralSecurityException | IOException e) {
      throw new SigningException(key.keystore(), "the key could not sign (" + e.getMessage() + ")", e);
    }
  }

  /** ESS signing-certificate-v2 (RFC 5035): the signer's certificate by its SHA-256 and issuer. */
  private static Attribute signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    IssuerSerial issuer = new IssuerSerial(
        new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
        certificate.getSerialNumber());
    return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuer)})));
  }

  /** BouncyCastle's standard signed attributes, less signing-time, plus the signing certificate. */
  private static final class SignedAttributes extends DefaultSignedAttributeTableGenerator {
    SignedAttributes(Attribute signingCertificate) {
      super(new AttributeTable(signingCertificate));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected Hashtable createStandardAttributeTable(Map parameters) {
      Hashtable table = super.createStandardAttributeTable(parameters);
      table.remove(CMSAttributes.signingTime);
      return table;
    }
  }
}
