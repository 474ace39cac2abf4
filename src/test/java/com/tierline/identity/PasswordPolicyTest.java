package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.identity.service.NormalisedPasswordEncoder;
import com.tierline.identity.service.PasswordPolicy;
import com.tierline.shared.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** NIST SP 800-63B: length after NFKC, a list of common passwords, the account's own names; nothing else. */
class PasswordPolicyTest {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void twelveCodePointsAreEnoughAndNoCompositionRuleApplies() {
        assertThat(refusal("correct horse")).isEmpty();
        assertThat(refusal("alllowercaseletters")).isEmpty();
        assertThat(refusal("short words")).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("password.too-short");
            assertThat(r.field()).isEqualTo("password");
            assertThat(r.message()).contains("at least 12 characters (this has 11)");
        });
    }

    @Test
    void lengthCountsCodePointsAfterNfkc() {
        // Eleven emoji are 22 UTF-16 chars but 11 characters: too short, as a reader would count them.
        assertThat(refusal("😀".repeat(11))).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("password.too-short"));
        assertThat(refusal("😀".repeat(12))).isEmpty();
        // The ligature "ﬃ" is three letters after NFKC, so "ﬃ" x 4 is 12 characters long.
        assertThat(refusal("ﬃﬃﬃﬃ")).isEmpty();
    }

    @Test
    void spacesAndEveryScriptAreAllowedButControlCharactersAreNot() {
        assertThat(refusal("мой пароль длинный")).isEmpty();
        assertThat(refusal("出口许可证申请很长密码")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("password.too-short"));
        assertThat(refusal("出口许可证申请很长的密码")).isEmpty();
        assertThat(refusal("tab\tinside a long one")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("password.unprintable"));
    }

    @Test
    void sixtyFourCharactersAreAllowedAndLongerOnesAreRefusedNotTruncated() {
        assertThat(refusal("a quiet river ".repeat(5).substring(0, 64))).isEmpty();
        assertThat(refusal("a quiet river ".repeat(5).substring(0, 65))).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("password.too-long"));
        // 30 Chinese characters are 90 bytes: BCrypt would read only the first 24 of them.
        assertThat(refusal("出口许可证申请很长的密码".repeat(3).substring(0, 30))).hasValueSatisfying(r -> assertThat(
                r.code()).isEqualTo("password.too-long"));
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(refusal("1qaz2wsx3edc")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("password.common"));
        assertThat(refusal("QWERTY123456")).hasValueSatisfying(r -> assertThat(r.code())
                .isEqualTo("password.common"));
    }

    @Test
    void theAccountsOwnNameOrAddressIsRefused() {
        assertThat(POLICY.check("I am newexporter7 ok", "newexporter7", "nina@acme.example", "password"))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("password.contains-account"));
        assertThat(POLICY.check("nina@acme.example!", "other", "Nina@Acme.example", "password"))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("password.contains-account"));
        assertThat(POLICY.check("my tierline secret", "other", null, "password"))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("password.contains-service"));
    }

    @Test
    void theEncoderComparesNormalisedPasswordsAndNeverMatchesBeyondBcryptsLimit() {
        NormalisedPasswordEncoder encoder = new NormalisedPasswordEncoder(new BCryptPasswordEncoder(4));
        // "Å" as one code point and as A + combining ring: one password.
        String hash = encoder.encode("\u00c5ngstr\u00f6m lines here");
        assertThat(encoder.matches("A\u030angstro\u0308m lines here", hash)).isTrue();
        String long72 = "x".repeat(72);
        String hash72 = encoder.encode(long72);
        assertThat(encoder.matches(long72 + "anything", hash72)).as("plain BCrypt would say yes").isFalse();
    }

    private static Optional<Refusal> refusal(String password) {
        return POLICY.check(password, "someone", "someone@example.com", "password");
    }
}
