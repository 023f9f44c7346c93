package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SIREN (9 digits, company) and SIRET (14 digits, establishment: SIREN + NIC) numbers of the INSEE
 * directory. Both end with a Luhn check digit, except the establishments of La Poste (SIREN
 * {@value #LA_POSTE_SIREN}): there are too many of them, so INSEE checks instead that the sum of the 14
 * digits is a multiple of 5 (its head office, 356 000 000 00048, also passes Luhn).
 */
public final class Sirene {

    public static final String LA_POSTE_SIREN = "356000000";

    /** White space people type between digit groups: space, tab, no-break spaces. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Sirene() {
    }

    /** The SIREN without its spaces if it is valid ("732 829 320" gives "732829320"). */
    public static Optional<String> siren(String input) {
        String digits = withoutSpaces(input);
        return isValidSiren(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** The SIRET without its spaces if it is valid. */
    public static Optional<String> siret(String input) {
        String digits = withoutSpaces(input);
        return isValidSiret(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** 9 ASCII digits, not all zero, with a correct Luhn check digit. */
    public static boolean isValidSiren(String digits) {
        return digits != null && digits.matches("[0-9]{9}") && !digits.equals("000000000") && luhn(digits);
    }

    /** 14 ASCII digits, not all zero, with a correct Luhn check digit or La Poste's sum rule. */
    public static boolean isValidSiret(String digits) {
        if (digits == null || !digits.matches("[0-9]{14}") || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        return luhn(digits) || digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 == 0;
    }

    /** Luhn: from the right, every second digit doubled (minus 9 when above 9); the total is a multiple of 10. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    private static String withoutSpaces(String input) {
        return input == null ? null : SPACES.matcher(input).replaceAll("");
    }
}
