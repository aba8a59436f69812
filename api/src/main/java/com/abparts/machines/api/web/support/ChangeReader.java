package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.revision.FieldChange;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object into one of the domain's change records ({@code MachineChange},
 * {@code OrganizationChange}), whose components are the fields as clients name them, each a
 * {@link FieldChange}: an absent property keeps the field, {@code null} clears it, a value sets it.
 * The components are the one list of a resource's input fields; the value formats say how each
 * kind of value is written.
 *
 * <p>Every problem is collected rather than the first thrown: properties the resource does not
 * have, wrong JSON types, text that is not a value, and then the domain's own complaints about
 * the fields that could be read.
 */
public final class ChangeReader {

    private final Map<Class<?>, ValueFormat<?>> formats;

    public ChangeReader(ValueFormat<?>... formats) {
        this.formats = Arrays.stream(formats).collect(Collectors.toMap(ValueFormat::type, format -> format));
    }

    /**
     * Reads {@code body} as a change of this type and makes a domain value of it.
     *
     * @throws InvalidRequestException when the body is not a JSON object
     * @throws UnprocessableInputException with every invalid field, when any is
     */
    public <C extends Record, T> T read(JsonNode body, Class<C> changeType, Function<C, T> domainValue) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(new FieldError("body", "must be a JSON object"));
        }
        RecordComponent[] components = changeType.getRecordComponents();
        List<String> fields = Arrays.stream(components).map(RecordComponent::getName).toList();
        FieldErrors errors = new FieldErrors();
        String unknown = "is not a property of this resource; allowed: " + String.join(", ", fields);
        body.propertyNames().stream().filter(name -> !fields.contains(name)).forEach(name -> errors.add(new FieldError(name, unknown)));
        Set<String> unreadable = new LinkedHashSet<>();
        Object[] changes = Arrays.stream(components).map(component -> changeOf(component, body.get(component.getName()), errors, unreadable))
                .toArray();
        C change = construct(changeType, components, changes);
        return build(() -> domainValue.apply(change), errors, unreadable);
    }

    private FieldChange<?> changeOf(RecordComponent component, JsonNode value, FieldErrors errors, Set<String> unreadable) {
        if (value == null) {
            return FieldChange.keep();
        }
        if (value.isNull()) {
            return FieldChange.clear();
        }
        String field = component.getName();
        if (!value.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            unreadable.add(field);
            return FieldChange.keep();
        }
        Object read = formatOf(component).read(field, value.stringValue(), errors);
        if (read == null) {
            unreadable.add(field);
            return FieldChange.keep();
        }
        return FieldChange.set(read);
    }

    private ValueFormat<?> formatOf(RecordComponent component) {
        if (component.getType() != FieldChange.class
                || !(component.getGenericType() instanceof ParameterizedType changeOf)
                || !(changeOf.getActualTypeArguments()[0] instanceof Class<?> valueType)
                || !formats.containsKey(valueType)) {
            throw new IllegalStateException(component + " is not a FieldChange of a type with a value format");
        }
        return formats.get(valueType);
    }

    private static <C extends Record> C construct(Class<C> type, RecordComponent[] components, Object[] arguments) {
        try {
            Constructor<C> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /**
     * The domain value, or every error: those found while reading, then the domain's own for the
     * fields that could be read.
     */
    private static <T> T build(Supplier<T> domainValue, FieldErrors errors, Set<String> unreadable) {
        T value = null;
        try {
            value = domainValue.get();
        } catch (InvalidFieldsException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                if (!unreadable.contains(violation.field())) {
                    errors.add(new FieldError(violation.field(), violation.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableInputException(errors);
        }
        return value;
    }
}
