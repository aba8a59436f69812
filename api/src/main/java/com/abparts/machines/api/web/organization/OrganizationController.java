package com.abparts.machines.api.web.organization;

import com.abparts.machines.api.web.problem.ProblemResponses;
import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.ChangeOrganization;
import com.abparts.machines.domain.organization.DeleteOrganization;
import com.abparts.machines.domain.organization.FindOrganization;
import com.abparts.machines.domain.organization.ListOrganizations;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationQuery;
import com.abparts.machines.domain.organization.RegisterOrganization;
import com.abparts.machines.domain.paging.Page;
import com.abparts.machines.domain.revision.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = OrganizationController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizations", description = "The customer organizations that own machines.")
class OrganizationController {

    static final String PATH = "/api/v1/organizations";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    /** Derived from OrganizationInput by the OpenAPI configuration: the same fields, none required. */
    static final String PATCH_SCHEMA = "#/components/schemas/OrganizationPatch";

    private final RegisterOrganization registerOrganization;
    private final FindOrganization findOrganization;
    private final ListOrganizations listOrganizations;
    private final ChangeOrganization changeOrganization;
    private final DeleteOrganization deleteOrganization;
    private final OrganizationQueryParameters parameters;
    private final OrganizationResourceMapper mapper;

    OrganizationController(RegisterOrganization registerOrganization, FindOrganization findOrganization,
            ListOrganizations listOrganizations, ChangeOrganization changeOrganization, DeleteOrganization deleteOrganization,
            OrganizationQueryParameters parameters, OrganizationResourceMapper mapper) {
        this.registerOrganization = registerOrganization;
        this.findOrganization = findOrganization;
        this.listOrganizations = listOrganizations;
        this.changeOrganization = changeOrganization;
        this.deleteOrganization = deleteOrganization;
        this.parameters = parameters;
        this.mapper = mapper;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createOrganization", summary = "Register an organization", description = "Its name must be new.")
    @ProblemResponses.Create
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = OrganizationInput.class)))
    ResponseEntity<OrganizationResource> create(Caller caller, @RequestBody JsonNode body) {
        Organization created = registerOrganization.register(caller, new RegisterOrganization.Command(OrganizationBodies.details(body)));
        return ResponseEntity.created(URI.create(PATH + "/" + created.id()))
                .eTag(Long.toString(created.version()))
                .body(mapper.toResource(created));
    }

    @GetMapping
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Keyset paging as for machines: follow nextCursor or the Link header.")
    @ProblemResponses.Listed
    ResponseEntity<OrganizationPageResource> list(Caller caller, HttpServletRequest request,
            @Parameter(description = "createdAt (default, newest first) or name, each with ,asc or ,desc; ties are broken by id.",
                    example = "name,asc", schema = @Schema(pattern = "^(createdAt|name)(,(asc|desc))?$"))
            @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1 to 500.", schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50"))
            @RequestParam(required = false) String limit,
            @Parameter(description = "nextCursor of the previous page.") @RequestParam(required = false) String cursor) {
        OrganizationQuery query = parameters.query(request, caller.scope(), sort, limit, cursor);
        Page<Organization> page = listOrganizations.list(caller, query);
        String nextCursor = page.next().map(next -> parameters.cursorAfter(request, caller.scope(), query.sort(), next)).orElse(null);
        return ResponseEntity.ok().headers(Paging.nextLink(request, nextCursor))
                .body(new OrganizationPageResource(page.items().stream().map(mapper::toResource).toList(), nextCursor));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getOrganization", summary = "Get one organization",
            description = "Sends 304 Not Modified when If-None-Match holds the current ETag.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "ETags the client holds.", example = "\"3\"",
            schema = @Schema(type = "string"))
    @ProblemResponses.Read
    ResponseEntity<OrganizationResource> get(Caller caller, @Parameter(example = DemoIds.NORDFJORD_AQUA) @PathVariable UUID id) {
        Organization organization = findOrganization.byId(caller, new OrganizationId(id));
        // With If-None-Match naming this tag, Spring MVC answers 304 Not Modified instead of the body.
        return ResponseEntity.ok().eTag(Long.toString(organization.version())).body(mapper.toResource(organization));
    }

    @PatchMapping(path = "/{id}", consumes = MERGE_PATCH)
    @Operation(operationId = "patchOrganization", summary = "Change an organization's details",
            description = "JSON Merge Patch (RFC 7396): absent fields stay as they are, null clears a field "
                    + "(a required one cannot be cleared).")
    @ProblemResponses.Written
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(ref = PATCH_SCHEMA), examples = @ExampleObject(name = "rename", value = "{\"name\": \"Oraseas Ltd\"}")))
    ResponseEntity<OrganizationResource> patch(Caller caller, @Parameter(example = DemoIds.NORDFJORD_AQUA) @PathVariable UUID id, @RequestBody JsonNode patch, ExpectedVersion expectedVersion) {
        Organization changed = changeOrganization.change(caller,
                new ChangeOrganization.Command(new OrganizationId(id), OrganizationBodies.change(patch), expectedVersion));
        return ResponseEntity.ok().eTag(Long.toString(changed.version())).body(mapper.toResource(changed));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteOrganization", summary = "Delete an organization", description = "Only once it owns no machines.")
    @ProblemResponses.DeletedIfUnused
    ResponseEntity<Void> delete(Caller caller, @Parameter(example = DemoIds.NORDFJORD_AQUA) @PathVariable UUID id, ExpectedVersion expectedVersion) {
        deleteOrganization.delete(caller, new DeleteOrganization.Command(new OrganizationId(id), expectedVersion));
        return ResponseEntity.noContent().build();
    }
}
