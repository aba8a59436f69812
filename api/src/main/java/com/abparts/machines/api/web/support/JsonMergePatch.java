package com.abparts.machines.api.web.support;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** RFC 7396 JSON Merge Patch: absent leaves a member as it is, {@code null} removes it, anything else replaces it. */
public final class JsonMergePatch {

    private JsonMergePatch() {}

    /** The target with the patch applied; the target itself stays unchanged. */
    public static ObjectNode apply(ObjectNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidRequestException(new FieldError("body", "must be a JSON object (a merge patch)"));
        }
        ObjectNode result = target.deepCopy();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode value = member.getValue();
            JsonNode current = result.get(member.getKey());
            if (value.isNull()) {
                result.remove(member.getKey());
            } else if (value.isObject() && current != null && current.isObject()) {
                result.set(member.getKey(), apply((ObjectNode) current, value));
            } else {
                result.set(member.getKey(), value);
            }
        }
        return result;
    }
}
