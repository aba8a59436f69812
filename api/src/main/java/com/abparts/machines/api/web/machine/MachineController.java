package com.abparts.machines.api.web.machine;

import com.abparts.machines.api.web.problem.ProblemResponses;
import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.domain.machine.ChangeMachine;
import com.abparts.machines.domain.machine.DeleteMachine;
import com.abparts.machines.domain.machine.FindMachine;
import com.abparts.machines.domain.machine.ListMachines;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.machine.RegisterMachine;
import com.abparts.machines.domain.machine.ReplaceMachine;
import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.paging.Page;
import com.abparts.machines.domain.revision.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = MachineController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Machines", description = "The AutoBoss machines that customer organizations own.")
class MachineController {

    static final String PATH = "/api/v1/machines";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    /** Derived from MachineInput by the OpenAPI configuration: the same fields, none required. */
    static final String PATCH_SCHEMA = "#/components/schemas/MachinePatch";

    private final RegisterMachine registerMachine;
    private final FindMachine findMachine;
    private final ListMachines listMachines;
    private final ReplaceMachine replaceMachine;
    private final ChangeMachine changeMachine;
    private final DeleteMachine deleteMachine;
    private final MachineQueryParameters parameters;
    private final MachineResourceMapper mapper;

    MachineController(RegisterMachine registerMachine, FindMachine findMachine, ListMachines listMachines,
            ReplaceMachine replaceMachine, ChangeMachine changeMachine, DeleteMachine deleteMachine,
            MachineQueryParameters parameters, MachineResourceMapper mapper) {
        this.registerMachine = registerMachine;
        this.findMachine = findMachine;
        this.listMachines = listMachines;
        this.replaceMachine = replaceMachine;
        this.changeMachine = changeMachine;
        this.deleteMachine = deleteMachine;
        this.parameters = parameters;
        this.mapper = mapper;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createMachine", summary = "Register a machine",
            description = "Adds a machine for an existing organization. Its serial number must be new.")
    @ProblemResponses.Create
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = MachineInput.class)))
    ResponseEntity<MachineResource> create(Caller caller, @RequestBody JsonNode body) {
        OwnedMachine created = registerMachine.register(caller, new RegisterMachine.Command(MachineBodies.details(body)));
        return ResponseEntity.created(URI.create(PATH + "/" + created.machine().id()))
                .eTag(Long.toString(created.machine().version()))
                .body(mapper.toResource(created));
    }

    @GetMapping
    @Operation(operationId = "listMachines", summary = "List machines",
            description = "Filters combine (all must hold); status may repeat (any of). Keyset paging: follow nextCursor "
                    + "or the Link header; a cursor only works with the sort and filters it came with.")
    @ProblemResponses.Listed
    ResponseEntity<MachinePageResource> list(Caller caller, HttpServletRequest request,
            @Parameter(description = "Machines in any of these states.", array = @ArraySchema(
                    schema = @Schema(implementation = MachineStatusValue.class)))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Machines of this organization.", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String customerOrganizationId,
            @Parameter(description = "Machines of this model.", example = "V4.0") @RequestParam(required = false) String modelType,
            @Parameter(description = "Next maintenance strictly before this instant (machines without one are left out).",
                    schema = @Schema(format = "date-time"), example = "2025-10-01T00:00:00Z")
            @RequestParam(required = false) String nextMaintenanceBefore,
            @Parameter(description = "Warranty ending strictly before this instant (machines without one are left out).",
                    schema = @Schema(format = "date-time"), example = "2026-01-01T00:00:00Z")
            @RequestParam(required = false) String warrantyExpiresBefore,
            @Parameter(description = "createdAt (default, newest first), name, serialNumber or nextMaintenanceDate (machines without one last), "
                    + "each with ,asc or ,desc; ties are broken by id.", example = "name,asc",
                    schema = @Schema(pattern = "^(createdAt|name|serialNumber|nextMaintenanceDate)(,(asc|desc))?$"))
            @RequestParam(required = false) String sort,
            @Parameter(description = "Page size, 1 to 500.", schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50"))
            @RequestParam(required = false) String limit,
            @Parameter(description = "nextCursor of the previous page.") @RequestParam(required = false) String cursor) {
        MachineQuery query = parameters.query(request, caller.scope(), status, customerOrganizationId, modelType, nextMaintenanceBefore,
                warrantyExpiresBefore, sort, limit, cursor);
        Page<OwnedMachine> page = listMachines.list(caller, query);
        String nextCursor = page.next().map(next -> parameters.cursorAfter(request, caller.scope(), query.sort(), next)).orElse(null);
        return ResponseEntity.ok().headers(Paging.nextLink(request, nextCursor))
                .body(new MachinePageResource(page.items().stream().map(mapper::toResource).toList(), nextCursor));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMachine", summary = "Get one machine",
            description = "Sends 304 Not Modified when If-None-Match holds the current ETag.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "ETags the client holds.", example = "\"3\"",
            schema = @Schema(type = "string"))
    @ProblemResponses.Read
    ResponseEntity<MachineResource> get(Caller caller, @Parameter(example = DemoIds.NORDFJORD_HARBOUR_UNIT) @PathVariable UUID id) {
        OwnedMachine machine = findMachine.byId(caller, new MachineId(id));
        // With If-None-Match naming this tag, Spring MVC answers 304 Not Modified instead of the body.
        return ResponseEntity.ok().eTag(Long.toString(machine.machine().version())).body(mapper.toResource(machine));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceMachine", summary = "Replace a machine's details",
            description = "Every input field is replaced; absent optional fields become null, an absent status active.")
    @ProblemResponses.Written
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = MachineInput.class)))
    ResponseEntity<MachineResource> replace(Caller caller, @Parameter(example = DemoIds.NORDFJORD_HARBOUR_UNIT) @PathVariable UUID id, @RequestBody JsonNode body, ExpectedVersion expectedVersion) {
        return written(replaceMachine.replace(caller, new ReplaceMachine.Command(new MachineId(id), MachineBodies.details(body), expectedVersion)));
    }

    @PatchMapping(path = "/{id}", consumes = MERGE_PATCH)
    @Operation(operationId = "patchMachine", summary = "Change some of a machine's details",
            description = "JSON Merge Patch (RFC 7396): absent fields stay as they are, null clears a field "
                    + "(a required one cannot be cleared).")
    @ProblemResponses.Written
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(ref = MachineController.PATCH_SCHEMA),
            examples = @ExampleObject(name = "maintenance", value = "{\"status\": \"maintenance\", \"notes\": \"Pump replaced\"}")))
    ResponseEntity<MachineResource> patch(Caller caller, @Parameter(example = DemoIds.NORDFJORD_HARBOUR_UNIT) @PathVariable UUID id, @RequestBody JsonNode patch, ExpectedVersion expectedVersion) {
        return written(changeMachine.change(caller, new ChangeMachine.Command(new MachineId(id), MachineBodies.change(patch), expectedVersion)));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteMachine", summary = "Delete a machine",
            description = "With If-Match, only while the machine is at that version.")
    @ProblemResponses.Deleted
    ResponseEntity<Void> delete(Caller caller, @Parameter(example = DemoIds.NORDFJORD_HARBOUR_UNIT) @PathVariable UUID id, ExpectedVersion expectedVersion) {
        deleteMachine.delete(caller, new DeleteMachine.Command(new MachineId(id), expectedVersion));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<MachineResource> written(OwnedMachine machine) {
        return ResponseEntity.ok().eTag(Long.toString(machine.machine().version())).body(mapper.toResource(machine));
    }
}
