package com.abparts.machines.domain.machine;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;
import static com.abparts.machines.domain.machine.MachineChangeBuilder.aChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.revision.FieldChange;
import com.abparts.machines.domain.validation.FieldViolation;
import com.abparts.machines.domain.validation.InvalidFieldsException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MachineDetailsTest {

    private static final Instant EARLIER = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void trimsItsTexts() {
        MachineDetails details = aMachine().withModelType(" V4.0 ").withName("\tHarbour unit 3\n").withSerialNumber(" AB-1 ").buildDetails();

        assertThat(details.modelType()).isEqualTo("V4.0");
        assertThat(details.name()).isEqualTo("Harbour unit 3");
        assertThat(details.serialNumber()).isEqualTo("AB-1");
    }

    @Test
    void rejectsABlankSerialNumberNamingTheField() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withSerialNumber("   ").buildDetails());

        assertThat(error.violations()).containsExactly(new FieldViolation("serialNumber", "must not be blank"));
        assertThat(error).hasMessage("serialNumber must not be blank");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withModelType("V4.0-EXTENDED").withName(null).ownedBy(null).buildDetails());

        assertThat(error.violations()).extracting(FieldViolation::field)
                .containsExactly("customerOrganizationId", "modelType", "name");
        assertThat(error.violations()).contains(new FieldViolation("modelType", "must be at most 10 characters"));
    }

    @Test
    void countsLengthInCodePointsAsPostgresDoes() {
        String tenTractors = "\uD83D\uDE9C".repeat(10);

        assertThat(aMachine().withModelType(tenTractors).buildDetails().modelType()).isEqualTo(tenTractors);
        assertThat(catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withModelType(tenTractors + "x").buildDetails()).violations())
                .extracting(FieldViolation::field).containsExactly("modelType");
    }

    @Test
    void refusesDatesBeyondTheYear9999NamingTheField() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class, () -> aMachine()
                .nextMaintenanceAt(Instant.parse("+20000-01-01T00:00:00Z"))
                .buildDetails());

        assertThat(error.violations()).containsExactly(new FieldViolation("nextMaintenanceDate", "must be in the years 0001 to 9999"));
    }

    @Test
    void refusesTextContainingU0000NamingTheField() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withName("a\u0000b").buildDetails());

        assertThat(error.violations()).containsExactly(new FieldViolation("name", "must not contain the character U+0000"));
    }

    @Test
    void rejectsWarrantyEndingBeforePurchaseOnTheWarrantyField() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class, () -> aMachine()
                .purchasedAt(Instant.parse("2024-01-15T00:00:00Z"))
                .withWarrantyUntil(Instant.parse("2024-01-14T23:59:59Z"))
                .buildDetails());

        assertThat(error.violations())
                .containsExactly(new FieldViolation("warrantyExpiryDate", "must not be before purchaseDate"));
    }

    @Test
    void rejectsNextMaintenanceBeforeTheLastOnTheNextMaintenanceField() {
        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class, () -> aMachine()
                .lastMaintainedAt(Instant.parse("2025-06-01T00:00:00Z"))
                .nextMaintenanceAt(Instant.parse("2025-05-01T00:00:00Z"))
                .buildDetails());

        assertThat(error.violations())
                .containsExactly(new FieldViolation("nextMaintenanceDate", "must not be before lastMaintenanceDate"));
    }

    @Test
    void acceptsDatesOnTheSameInstantAndDatesWithoutTheirCounterpart() {
        Instant moment = Instant.parse("2025-01-01T00:00:00Z");

        assertThat(aMachine().purchasedAt(moment).withWarrantyUntil(moment).buildDetails().warrantyExpiryDate()).isEqualTo(moment);
        assertThat(aMachine().purchasedAt(null).withWarrantyUntil(moment).buildDetails().purchaseDate()).isNull();
        assertThat(aMachine().lastMaintainedAt(moment).nextMaintenanceAt(null).buildDetails().lastMaintenanceDate()).isEqualTo(moment);
    }

    @Test
    void storesBlankOptionalTextsAsAbsent() {
        MachineDetails details = aMachine().locatedAt("   ").withNotes("").buildDetails();

        assertThat(details.location()).isNull();
        assertThat(details.notes()).isNull();
    }

    @Test
    void limitsNotesToTenThousandCharacters() {
        assertThat(aMachine().withNotes("n".repeat(10_000)).buildDetails().notes()).hasSize(10_000);
        assertThat(catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().withNotes("n".repeat(10_001)).buildDetails()).violations())
                .containsExactly(new FieldViolation("notes", "must be at most 10000 characters"));
    }

    @Test
    void namesItsFieldsAsItsComponentsAreNamed() {
        MachineChange everythingWrong = new MachineChange(FieldChange.clear(), FieldChange.clear(), FieldChange.clear(), FieldChange.clear(),
                FieldChange.clear(), FieldChange.set(Instant.MAX), FieldChange.set(LATER), FieldChange.set(EARLIER), FieldChange.set(Instant.MIN),
                FieldChange.set("l".repeat(256)), FieldChange.set("n".repeat(10_001)));

        InvalidFieldsException error = catchThrowableOfType(InvalidFieldsException.class, () -> aMachine().buildDetails().with(everythingWrong));

        assertThat(error.violations()).extracting(FieldViolation::field)
                .containsExactly("customerOrganizationId", "modelType", "name", "serialNumber", "status", "purchaseDate",
                        "nextMaintenanceDate", "location", "notes", "warrantyExpiryDate", "nextMaintenanceDate")
                .allSatisfy(field -> assertThat(Arrays.stream(MachineDetails.class.getRecordComponents()).map(RecordComponent::getName))
                        .contains(field));
    }

    @Test
    void makesNewDetailsOfAChangeWithTheStatusActiveUnlessItSetsOne() {
        OrganizationId owner = OrganizationId.newId();
        MachineChangeBuilder complete = aChange().movingTo(owner).ofModel("V4.0").renaming("Unit").withSerialNumber("AB-1")
                .clearingTheLocation();

        assertThat(MachineDetails.of(complete.build()))
                .isEqualTo(new MachineDetails(owner, "V4.0", "Unit", "AB-1", MachineStatus.ACTIVE, null, null, null, null, null, null));
        assertThat(MachineDetails.of(complete.clearingTheStatus().build()).status()).isEqualTo(MachineStatus.ACTIVE);
        assertThat(MachineDetails.of(complete.settingStatus(MachineStatus.INACTIVE).build()).status()).isEqualTo(MachineStatus.INACTIVE);
        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> MachineDetails.of(aChange().movingTo(owner).build()))
                .violations()).extracting(FieldViolation::field).containsExactly("modelType", "name", "serialNumber");
    }

    @Test
    void requiresAStatus() {
        assertThat(catchThrowableOfType(InvalidFieldsException.class,
                () -> aMachine().buildDetails().with(aChange().clearingTheStatus().build())).violations())
                .containsExactly(new FieldViolation("status", "must not be null"));
    }

    @Test
    void takesStoredDetailsAsTheyAreWhateverRulesTheyWereWrittenUnder() {
        String oldNotes = "n".repeat(20_000);

        MachineDetails stored = aMachine().withName(" ").withNotes(oldNotes).purchasedAt(LATER).withWarrantyUntil(EARLIER).buildStoredDetails();

        assertThat(stored.name()).isEqualTo(" ");
        assertThat(stored.notes()).isEqualTo(oldNotes);
        assertThat(stored.warrantyExpiryDate()).isBefore(stored.purchaseDate());
    }

    @Test
    void checksAChangeOnWhatItChangesAndKeepsTheRestExactlyAsStored() {
        MachineDetails stored = aMachine().withName("").withModelType(" V4 ").withNotes("n".repeat(20_000))
                .purchasedAt(LATER).withWarrantyUntil(EARLIER).buildStoredDetails();

        MachineDetails changed = stored.with(aChange().clearingTheLocation().build());

        assertThat(changed).isEqualTo(new MachineDetails(stored.customerOrganizationId(), stored.modelType(), stored.name(),
                stored.serialNumber(), stored.status(), stored.purchaseDate(), stored.warrantyExpiryDate(), stored.lastMaintenanceDate(),
                stored.nextMaintenanceDate(), null, stored.notes()));
    }

    @Test
    void checksAChangedFieldWithTodaysRules() {
        MachineDetails stored = aMachine().withName("").buildStoredDetails();

        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> stored.with(aChange().renaming("  ").build())).violations())
                .containsExactly(new FieldViolation("name", "must not be blank"));
        assertThat(stored.with(aChange().renaming(" Harbour unit 3 ").build()).name()).isEqualTo("Harbour unit 3");
    }

    @Test
    void checksAChangedWarrantyAgainstTheStoredPurchase() {
        MachineDetails stored = aMachine().purchasedAt(LATER).withWarrantyUntil(null).buildStoredDetails();

        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> stored.with(aChange().withWarrantyUntil(EARLIER).build()))
                .violations()).containsExactly(new FieldViolation("warrantyExpiryDate", "must not be before purchaseDate"));
    }

    @Test
    void checksAChangedPurchaseAgainstTheStoredWarrantyOnTheWarrantyField() {
        MachineDetails stored = aMachine().purchasedAt(null).withWarrantyUntil(EARLIER).buildStoredDetails();

        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> stored.with(aChange().purchasedAt(LATER).build()))
                .violations()).containsExactly(new FieldViolation("warrantyExpiryDate", "must not be before purchaseDate"));
    }

    @Test
    void fixesAStoredWarrantyEndingBeforeThePurchaseByChangingIt() {
        MachineDetails stored = aMachine().purchasedAt(LATER).withWarrantyUntil(EARLIER).buildStoredDetails();
        Instant afterPurchase = LATER.plusSeconds(1);

        assertThat(stored.with(aChange().withWarrantyUntil(afterPurchase).build()).warrantyExpiryDate()).isEqualTo(afterPurchase);
    }

    @Test
    void fixesStoredNotesOverTheLimitByChangingThem() {
        MachineDetails stored = aMachine().withNotes("n".repeat(20_000)).buildStoredDetails();

        assertThat(stored.with(aChange().withNotes("shorter").build()).notes()).isEqualTo("shorter");
        assertThat(catchThrowableOfType(InvalidFieldsException.class, () -> stored.with(aChange().withNotes("n".repeat(10_001)).build()))
                .violations()).containsExactly(new FieldViolation("notes", "must be at most 10000 characters"));
    }
}
