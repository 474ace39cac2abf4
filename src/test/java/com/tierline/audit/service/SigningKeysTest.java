package com.tierline.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key outside the database: created once, kept, rotated without losing the old public keys. */
class SigningKeysTest {

    @TempDir Path directory;

    @Test
    void aKeyIsCreatedOnFirstStartAndTheSameKeyIsUsedOnTheNext() throws Exception {
        SigningKeys first = new SigningKeys(directory, "", List.of());
        assertThat(directory.resolve(SigningKeys.KEY_FILE)).exists();
        assertThat(Files.readString(directory.resolve(SigningKeys.KEY_FILE))).contains("-----BEGIN PRIVATE KEY-----")
                .contains("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.getPosixFilePermissions(directory.resolve(SigningKeys.KEY_FILE))).hasSize(2);

        SigningKeys again = new SigningKeys(directory, "", List.of());

        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(Files.readAllLines(directory.resolve(SigningKeys.PUBLIC_KEYS_FILE))).hasSize(1);
    }

    @Test
    void afterARotationCheckpointsOfTheOldKeyStillVerify() throws Exception {
        SigningKeys old = new SigningKeys(directory, "", List.of());
        Checkpoint signedBefore = old.sign(41, "ab".repeat(32), Instant.parse("2026-11-01T09:00:00Z"));
        // Rotation as documented: the old key file goes to an archive, the application starts again.
        Files.move(directory.resolve(SigningKeys.KEY_FILE), directory.resolve("retired-" + old.keyId() + ".key"));

        SigningKeys rotated = new SigningKeys(directory, "", List.of());

        assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
        assertThat(rotated.publicKeys()).containsOnlyKeys(old.keyId(), rotated.keyId());
        assertThat(signedBefore.verifiesWith(rotated.publicKey(old.keyId()))).isTrue();
        assertThat(rotated.sign(42, "cd".repeat(32), Instant.now()).verifiesWith(rotated.publicKey(old.keyId())))
                .as("new checkpoints are signed with the new key").isFalse();
    }

    @Test
    void aKeyFromTheEnvironmentIsUsedAndItsPublicKeyKeptBesideTheOthers(@TempDir Path elsewhere) throws Exception {
        SigningKeys made = new SigningKeys(elsewhere, "", List.of());
        String keyText = Files.readString(elsewhere.resolve(SigningKeys.KEY_FILE));

        SigningKeys fromEnvironment = new SigningKeys(directory, keyText, List.of());

        assertThat(fromEnvironment.keyId()).isEqualTo(made.keyId());
        assertThat(directory.resolve(SigningKeys.KEY_FILE)).as("no key file written").doesNotExist();
        assertThat(Files.readString(directory.resolve(SigningKeys.PUBLIC_KEYS_FILE))).startsWith(made.keyId() + " ");
    }

    @Test
    void aPublicKeyThatIsNotThePrivateKeysHalfIsRefused(@TempDir Path elsewhere) throws Exception {
        new SigningKeys(directory, "", List.of());
        new SigningKeys(elsewhere, "", List.of());
        String privateOfOne = Files.readString(directory.resolve(SigningKeys.KEY_FILE)).split("-----BEGIN PUBLIC")[0];
        String publicOfOther = "-----BEGIN PUBLIC" + Files.readString(elsewhere.resolve(SigningKeys.KEY_FILE))
                .split("-----BEGIN PUBLIC")[1];

        assertThatThrownBy(() -> new SigningKeys(directory, privateOfOne + publicOfOther, List.of()))
                .hasMessageContaining("is not the public half of its PRIVATE KEY block");
    }
}
