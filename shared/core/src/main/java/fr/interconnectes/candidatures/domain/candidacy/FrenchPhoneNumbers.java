package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * French phone numbers, normalised to E.164. Accepted: the national form {@code 0X XX XX XX XX} (X from 1
 * to 9) and the international form {@code +33 X XX XX XX XX}, with spaces, dots or hyphens (and no-break
 * spaces) anywhere as separators.
 *
 * <p>The overseas departments have their own country codes: a national number of Réunion or Mayotte
 * (0262, 0263, 0269, 0639, 0692, 0693), Guadeloupe (0590, 0690, 0691), Guyane (0594, 0694) or Martinique
 * (0596, 0696, 0697) becomes {@code +262}, {@code +590}, {@code +594} or {@code +596} followed by its 9
 * digits, and those international forms are accepted too. Every other national number becomes
 * {@code +33} followed by its 9 digits.
 */
public final class FrenchPhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u00A0\\u2007\\u202F]+");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+33[1-9][0-9]{8}|\\+(?:262|590|594|596)[1-9][0-9]{8}");
    private static final Map<String, String> OVERSEAS = Map.ofEntries(
            Map.entry("262", "+262"), Map.entry("263", "+262"), Map.entry("269", "+262"),
            Map.entry("639", "+262"), Map.entry("692", "+262"), Map.entry("693", "+262"),
            Map.entry("590", "+590"), Map.entry("690", "+590"), Map.entry("691", "+590"),
            Map.entry("594", "+594"), Map.entry("694", "+594"),
            Map.entry("596", "+596"), Map.entry("696", "+596"), Map.entry("697", "+596"));

    private FrenchPhoneNumbers() {
    }

    /** The number in E.164 ({@code +33612345678}) if it is a French number. */
    public static Optional<String> toE164(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(input).replaceAll("");
        if (INTERNATIONAL.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        if (NATIONAL.matcher(compact).matches()) {
            String significant = compact.substring(1);
            return Optional.of(OVERSEAS.getOrDefault(significant.substring(0, 3), "+33") + significant);
        }
        return Optional.empty();
    }
}
