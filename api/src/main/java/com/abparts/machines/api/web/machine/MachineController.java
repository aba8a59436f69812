package com.abparts.machines.api.web.machine;

import com.abparts.machines.domain.machine.FindMachine;
import com.abparts.machines.domain.machine.MachineId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/machines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Machines", description = "The machines customer organizations own.")
class MachineController {

    private final FindMachine findMachine;
    private final MachineResourceMapper mapper;

    MachineController(FindMachine findMachine, MachineResourceMapper mapper) {
        this.findMachine = findMachine;
        this.mapper = mapper;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one machine", operationId = "getMachine")
    MachineResource get(@PathVariable UUID id) {
        return mapper.toResource(findMachine.byId(new MachineId(id)));
    }
}
