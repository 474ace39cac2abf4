package com.tierline.screening.service;

import static com.tierline.screening.service.CslRows.HEADER;
import static com.tierline.screening.service.CslRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.screening.domain.RestrictedParty;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Consolidated Screening List CSV read as trade.gov publishes it, and refused with the line and column. */
class ConsolidatedListCsvTest {

    @Test
    void readsNameAlternativeNamesSourceAndTheCountryOfTheFirstAddress() {
        List<RestrictedParty> parties = ConsolidatedListCsv.parse(csv("\uFEFF" + HEADER
                + row("Huawei Technologies Co., Ltd.", "Huawei; HiSilicon ;;", "Entity List (EL) - Bureau of Industry "
                        + "and Security", "Bantian Huawei Base, Longgang District, Shenzhen, CN; Somewhere, DE")));

        RestrictedParty huawei = parties.get(0);
        assertThat(huawei.name()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(huawei.altNames()).containsExactly("Huawei", "HiSilicon");
        assertThat(huawei.listedNames()).containsExactly("Huawei Technologies Co., Ltd.", "Huawei", "HiSilicon");
        assertThat(huawei.country()).isEqualTo("CN");
        assertThat(huawei.source()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
        assertThat(huawei.type()).isEqualTo("Entity");
    }

    @Test
    void aRecordSpanningLinesIsCountedByTheLinesItTakes() {
        String twoLines = row("First\nEntry", "", "EL", "");
        assertThatThrownBy(() -> ConsolidatedListCsv.parse(csv(HEADER + twoLines + row("Ok", "", "", ""))))
                .isInstanceOfSatisfying(RestrictedListRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly("Line 4, column 2 (source): the list the entry is on (1 to 200 characters) "
                                + "is needed"));
    }

    @Test
    void aFileThatIsNotTheConsolidatedListIsRefusedAtItsFirstWrongColumn() {
        String renamed = HEADER.replace("alt_names", "aliases");
        assertThatThrownBy(() -> ConsolidatedListCsv.parse(csv(renamed + row("X", "", "EL", ""))))
                .hasMessage("Line 1, column 23: the header of the Consolidated Screening List has alt_names here, the "
                        + "file has \"aliases\"");
        assertThatThrownBy(() -> ConsolidatedListCsv.parse(csv(HEADER))).hasMessage("The file has no entries");
        assertThatThrownBy(() -> ConsolidatedListCsv.parse(csv(HEADER + "id,\"EL,,Entity\n")))
                .hasMessageStartingWith("The file is not well-formed CSV: ");
    }

    @Test
    void anAlternativeNameTooLongForTheStoreIsRefusedNotCut() {
        String tooLong = "A".repeat(1001);
        assertThatThrownBy(() -> ConsolidatedListCsv.parse(csv(HEADER + row("X", "Y;" + tooLong, "EL", ""))))
                .hasMessage("Line 2, column 23 (alt_names): an alternative name is longer than 1000 characters");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
