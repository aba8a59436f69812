package com.abparts.machines.api.web.organization;

import com.abparts.machines.api.web.problem.ProblemResponses;
import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.EntityTags;
import com.abparts.machines.api.web.support.JsonMergePatch;
import com.abparts.machines.api.web.support.JsonObjectReader;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.domain.organization.DeleteOrganization;
import com.abparts.machines.domain.organization.FindOrganization;
import com.abparts.machines.domain.organization.ListOrganizations;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationQuery;
import com.abparts.machines.domain.organization.OrganizationSort;
import com.abparts.machines.domain.organization.RegisterOrganization;
import com.abparts.machines.domain.organization.RenameOrganization;
import com.abparts.machines.domain.paging.Page;
import com.abparts.machines.domain.paging.Position;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = OrganizationController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizations", description = "The customer organizations that own machines.")
class OrganizationController {

    static final String PATH = "/api/v1/organizations";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Map<String, OrganizationSort.Field> SORT_FIELDS = sortFields();
    private static final Paging.Sorted<OrganizationSort.Field> DEFAULT_SORT =
            new Paging.Sorted<>(OrganizationSort.DEFAULT.field(), OrganizationSort.DEFAULT.direction());

    private final RegisterOrganization registerOrganization;
    private final FindOrganization findOrganization;
    private final ListOrganizations listOrganizations;
    private final RenameOrganization renameOrganization;
    private final DeleteOrganization deleteOrganization;
    private final OrganizationResourceMapper mapper;
    private final CursorCodec cursors;
    private final JsonMapper json;

    OrganizationController(RegisterOrganization registerOrganization, FindOrganization findOrganization,
            ListOrganizations listOrganizations, RenameOrganization renameOrganization, DeleteOrganization deleteOrganization,
            OrganizationResourceMapper mapper, CursorCodec cursors, JsonMapper json) {
        this.registerOrganization = registerOrganization;
        this.findOrganization = findOrganization;
        this.listOrganizations = listOrganizations;
        this.renameOrganization = renameOrganization;
        this.deleteOrganization = deleteOrganization;
        this.mapper = mapper;
        this.cursors = cursors;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createOrganization", summary = "Register an organization", description = "Its name must be new.")
    @ProblemResponses.Create
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = OrganizationInput.class)))
    ResponseEntity<OrganizationResource> create(@RequestBody JsonNode body) {
        Organization created = registerOrganization.register(nameIn(body));
        return ResponseEntity.created(URI.create(PATH + "/" + created.id()))
                .eTag(EntityTags.of(created.version()))
                .body(mapper.toResource(created));
    }

    @GetMapping
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Keyset paging as for machines: follow nextCursor or the Link header.")
    @ProblemResponses.Listed
    ResponseEntity<OrganizationPageResource> list(HttpServletRequest request,
            @Parameter(description = "createdAt (default, newest first) or name, each with ,asc or ,desc; ties are broken by id.",
                    example = "name,asc", schema = @Schema(pattern = "^(createdAt|name)(,(asc|desc))?$"))
            @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1 to 500.", schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50"))
            @RequestParam(required = false) String limit,
            @Parameter(description = "nextCursor of the previous page.") @RequestParam(required = false) String cursor) {
        Paging.Sorted<OrganizationSort.Field> sorted = Paging.sort(sort, SORT_FIELDS, DEFAULT_SORT);
        String listing = Paging.listing(request, sorted.spelledOut(SORT_FIELDS));
        Optional<Position> after = Optional.ofNullable(cursor).map(given -> cursors.decode(given, listing));
        OrganizationQuery query = new OrganizationQuery(new OrganizationSort(sorted.field(), sorted.direction()), Paging.limit(limit), after);
        Page<Organization> page = listOrganizations.list(query);
        String nextCursor = page.next().map(next -> cursors.encode(next, listing)).orElse(null);
        return ResponseEntity.ok().headers(Paging.nextLink(request, nextCursor))
                .body(new OrganizationPageResource(page.items().stream().map(mapper::toResource).toList(), nextCursor));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getOrganization", summary = "Get one organization",
            description = "Sends 304 Not Modified when If-None-Match holds the current ETag.")
    @ProblemResponses.Read
    ResponseEntity<OrganizationResource> get(@PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "ETags the client holds.", example = "\"0\"")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Organization organization = findOrganization.byId(new OrganizationId(id));
        if (EntityTags.matchesNone(ifNoneMatch, organization.version())) {
            return ResponseEntity.status(304).eTag(EntityTags.of(organization.version())).build();
        }
        return ResponseEntity.ok().eTag(EntityTags.of(organization.version())).body(mapper.toResource(organization));
    }

    @PatchMapping(path = "/{id}", consumes = MERGE_PATCH)
    @Operation(operationId = "patchOrganization", summary = "Rename an organization",
            description = "JSON Merge Patch (RFC 7396) of the organization's input fields.")
    @ProblemResponses.Written
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(implementation = OrganizationPatch.class),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Oraseas Ltd\"}")))
    ResponseEntity<OrganizationResource> patch(@PathVariable UUID id, @RequestBody JsonNode patch,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag this change applies to.", example = "\"0\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        OrganizationId organizationId = new OrganizationId(id);
        Organization current = findOrganization.byId(organizationId);
        String newName = nameIn(JsonMergePatch.apply(json.valueToTree(mapper.toInput(current)), patch));
        Organization renamed = renameOrganization.rename(organizationId, newName, EntityTags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(EntityTags.of(renamed.version())).body(mapper.toResource(renamed));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteOrganization", summary = "Delete an organization", description = "Only once it owns no machines.")
    @ProblemResponses.DeletedIfUnused
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag this deletion applies to.", example = "\"0\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        deleteOrganization.delete(new OrganizationId(id), EntityTags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** The validated name in an organization body; an organization has no other input field. */
    private static String nameIn(JsonNode body) {
        JsonObjectReader reader = new JsonObjectReader(body, "name");
        String name = reader.text("name");
        return reader.build(() -> Organization.validName(name));
    }

    private static Map<String, OrganizationSort.Field> sortFields() {
        Map<String, OrganizationSort.Field> fields = new LinkedHashMap<>();
        fields.put("createdAt", OrganizationSort.Field.CREATED_AT);
        fields.put("name", OrganizationSort.Field.NAME);
        return Collections.unmodifiableMap(fields);
    }
}
