package com.abparts.machines.api.web.planted;

/** A stand-in for a response DTO, for the planted violations. */
public record PlantedMachineDto(String name) {
}
