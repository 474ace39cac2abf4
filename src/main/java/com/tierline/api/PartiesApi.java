package com.tierline.api;

import com.tierline.party.service.PartyChoice;
import com.tierline.party.service.PartyDirectory;
import com.tierline.party.service.PartyResolver;
import com.tierline.party.service.PartyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The registered-party directory: the ids exporters' systems may send as partyId, and the full entries for admins. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Parties", description = "The registered-party directory: consignees and end users an application may "
        + "name by partyId")
@io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "basic")
class PartiesApi {

    private final PartyResolver parties;
    private final PartyDirectory directory;

    PartiesApi(PartyResolver parties, PartyDirectory directory) {
        this.parties = parties;
        this.directory = directory;
    }

    @Operation(operationId = "listParties", summary = "Registered parties an application may name by partyId",
            description = "Id, name and country of every confirmed registered party; nothing about their shipments. "
                    + "Exporters and administrators.")
    @ApiResponse(responseCode = "200", description = "The confirmed parties, by name")
    @ApiResponse(responseCode = "403", description = "Exporters and administrators only; or your organisation is "
            + "not (or no longer) approved, which detail says")
    @GetMapping("/parties")
    List<PartyChoice> choices() {
        return parties.choices();
    }

    @Operation(operationId = "listPartyDirectory", summary = "The whole directory (administrators only)",
            description = "Every party with its other names, headquarters, parent, LEI, standing and VEU "
                    + "authorisations, provisional ones included. Other roles get 403.")
    @ApiResponse(responseCode = "200", description = "Every party of the directory")
    @ApiResponse(responseCode = "403", description = "Administrators only")
    @GetMapping("/admin/parties")
    List<PartyView> directory() {
        return directory.all();
    }
}
