package org.camsurvey.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A private key and its certificate chain from a PKCS#12 keystore, checked fit to sign: the
 * certificate allows digital signatures and is valid at the signing time.
 *
 * @param keystore the file it came from, for messages
 * @param chain the signer's certificate first, then its issuers as the keystore holds them
 */
public record SigningKey(Path keystore, PrivateKey key, List<X509Certificate> chain) {
  /** The keyUsage bit digitalSignature (RFC 5280 4.2.1.3). */
  private static final int DIGITAL_SIGNATURE = 0;
  /** The keyUsage bit nonRepudiation (contentCommitment), which also makes a signing key. */
  private static final int NON_REPUDIATION = 1;

  public SigningKey {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a signing key needs its certificate");
    }
  }

  /** The signer's certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /**
   * Reads the key from a PKCS#12 keystore.
   *
   * @param alias the key's alias, or null when the keystore holds one key
   * @throws SigningException naming the file and the reason: missing, not PKCS#12, wrong password,
   *     no such alias, several keys and no alias, a certificate that does not allow signing
   */
  public static SigningKey load(Path keystore, char[] password, String alias) {
    KeyStore store = read(keystore, password);
    try {
      List<String> keys = new ArrayList<>();
      for (String a : Collections.list(store.aliases())) {
        if (store.isKeyEntry(a)) {
          keys.add(a);
        }
      }
      String chosen = choose(keystore, keys, alias);
      PrivateKey key = (PrivateKey) store.getKey(chosen, password);
      Certificate[] certificates = store.getCertificateChain(chosen);
      if (certificates == null || certificates.length == 0 || !(certificates[0] instanceof X509Certificate)) {
        throw new SigningException(keystore, "the key '" + chosen + "' has no X.509 certificate");
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : certificates) {
        chain.add((X509Certificate) c);
      }
      SigningKey loaded = new SigningKey(keystore, key, chain);
      loaded.requireSigningUsage();
      return loaded;
    } catch (UnrecoverableKeyException e) {
      throw new SigningException(keystore, "wrong password for the key", e);
    } catch (GeneralSecurityException e) {
      throw new SigningException(keystore, "the key cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static KeyStore read(Path keystore, char[] password) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(keystore);
    } catch (NoSuchFileException e) {
      throw new SigningException(keystore, "no such keystore", e);
    } catch (IOException e) {
      throw new SigningException(keystore, "cannot be read (" + e.getMessage() + ")", e);
    }
    // a PKCS#12 file is one DER SEQUENCE; anything else (a JKS store, a PEM key) is refused by name
    if (bytes.length < 2 || bytes[0] != 0x30) {
      throw new SigningException(keystore, "not a PKCS#12 keystore");
    }
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException || e.getCause() instanceof javax.crypto.BadPaddingException) {
        throw new SigningException(keystore, "wrong password for the keystore", e);
      }
      throw new SigningException(keystore, "not a PKCS#12 keystore (" + e.getMessage() + ")", e);
    } catch (GeneralSecurityException e) {
      throw new SigningException(keystore, "not a PKCS#12 keystore (" + e.getMessage() + ")", e);
    }
  }

  private static String choose(Path keystore, List<String> keys, String alias) {
    if (alias != null) {
      if (!keys.contains(alias)) {
        throw new SigningException(keystore, "no key with the alias '" + alias + "' (it holds: "
            + String.join(", ", keys) + ")");
      }
      return alias;
    }
    if (keys.isEmpty()) {
      throw new SigningException(keystore, "holds no private key");
    }
    if (keys.size() > 1) {
      throw new SigningException(keystore, "holds " + keys.size() + " keys (" + String.join(", ", keys)
          + "): name one with --sign-alias");
    }
    return keys.get(0);
  }

  private void requireSigningUsage() {
    boolean[] usage = certificate().getKeyUsage();
    if (usage != null && !(usage.length > DIGITAL_SIGNATURE && usage[DIGITAL_SIGNATURE])
        && !(usage.length > NON_REPUDIATION && usage[NON_REPUDIATION])) {
      throw new SigningException(keystore, "the certificate of " + certificate().getSubjectX500Principal().getName()
          + " does not allow digital signatures (key usage)");
    }
  }

  /**
   * Checks that the certificate is valid at the signing time.
   *
   * @throws SigningException when it has expired or is not yet valid then
   */
  public void requireValidAt(Instant signingTime) {
    X509Certificate c = certificate();
    Date when = Date.from(signingTime);
    if (when.after(c.getNotAfter())) {
      throw new SigningException(keystore, "the certificate expired on " + c.getNotAfter().toInstant()
          + ", before the signing time " + signingTime);
    }
    if (when.before(c.getNotBefore())) {
      throw new SigningException(keystore, "the certificate is not valid until " + c.getNotBefore().toInstant()
          + ", after the signing time " + signingTime);
    }
  }
}
