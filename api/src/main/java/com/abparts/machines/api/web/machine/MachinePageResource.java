package com.abparts.machines.api.web.machine;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of machines. */
@Schema(name = "MachinePage", description = "One page of machines, and the cursor of the next page while there is one.")
record MachinePageResource(
        List<MachineResource> items,
        @Schema(description = "Send as cursor to get the next page; null on the last page.", nullable = true,
                example = "PTIwMjUtMDctMjVUMTQ6MjU6MDBaCjBiNWU2YzFl.q3cmVfQk9kQ1")
        String nextCursor) {
}
