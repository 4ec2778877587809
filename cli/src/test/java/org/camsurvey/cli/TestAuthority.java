package org.camsurvey.cli;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made afresh for each test run, so that no private key is ever
 * committed: a root, and inspectors' keys it certifies, written as PKCS#12 keystores.
 */
public final class TestAuthority {
  /** A validity that holds for any date a test signs at. */
  public static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
  public static final Instant FAR_OFF = Instant.parse("2099-12-31T00:00:00Z");

  private final KeyPair rootKeys;
  private final X509Certificate root;
  private long serial = 1;

  public TestAuthority(String name) throws Exception {
    rootKeys = rsa();
    X500Name subject = new X500Name("C=CN, O=camsurvey tests, CN=" + name);
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(serial++),
        Date.from(LONG_AGO), Date.from(FAR_OFF), subject, rootKeys.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(rootKeys.getPublic()));
    root = sign(builder);
  }

  public X509Certificate root() {
    return root;
  }

  /** The root certificate as a PEM file. */
  public Path rootPem(Path file) throws Exception {
    String pem = "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
    return Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }

  /** A keystore holding one key, for signing, valid from long ago to far off. */
  public Path signer(Path file, String commonName, String password) throws Exception {
    return keystore(file, commonName, password, LONG_AGO, FAR_OFF, KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
  }

  /**
   * A PKCS#12 keystore with one key certified by the root.
   *
   * @param keyUsage the certificate's key-usage bits (BouncyCastle's {@link KeyUsage} constants)
   */
  public Path keystore(Path file, String commonName, String password, Instant notBefore, Instant notAfter, int keyUsage)
      throws Exception {
    KeyPair keys = rsa();
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, BigInteger.valueOf(serial++),
        Date.from(notBefore), Date.from(notAfter), new X500Name("C=CN, O=camsurvey tests, CN=" + commonName),
        keys.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
        .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root))
        .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
    X509Certificate certificate = sign(builder);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("signer", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate, root});
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
    return file;
  }

  private X509Certificate sign(X509v3CertificateBuilder builder) throws Exception {
    return new JcaX509CertificateConverter().getCertificate(
        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKeys.getPrivate())));
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
