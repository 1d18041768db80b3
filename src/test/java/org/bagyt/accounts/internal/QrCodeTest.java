package org.bagyt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void theImageIsAnSvgDataUriThatAReaderDecodesBackToTheText() {
    String uri = "otpauth://totp/Bagyt:a.asanov?secret=JBSWY3DPEHPK3PXP&issuer=Bagyt&algorithm=SHA1&digits=6&period=30";
    String dataUri = QrCode.svgDataUri(uri);
    assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
    assertThat(Authenticator.readQrCode(dataUri)).isEqualTo(uri);
  }
}
