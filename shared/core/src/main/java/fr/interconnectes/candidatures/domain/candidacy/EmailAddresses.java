package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A practical e-mail syntax check, not RFC 5322: {@code local@domain.tld}, one {@code @}, no white space,
 * no consecutive dots and no dot at either end of a part, a local part of at most
 * {@value ApplicationFields#EMAIL_LOCAL_PART_MAX_LENGTH} characters made of letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~.-}, a domain of at least two labels (letters, digits, inner hyphens; 63 at most
 * each) whose last one, the TLD, is letters (or an {@code xn--} IDN label). Unicode letters are accepted
 * (internationalised addresses). The domain is lower-cased; the local part is kept as typed.
 */
public final class EmailAddresses {

    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~.-]+");

    private EmailAddresses() {
    }

    /** The address with its domain lower-cased, if its syntax is acceptable. */
    public static Optional<String> normalise(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!isValidLocalPart(local) || !DomainNames.isValid(domain)) {
            return Optional.empty();
        }
        return Optional.of(local + "@" + domain);
    }

    private static boolean isValidLocalPart(String local) {
        return local.length() <= ApplicationFields.EMAIL_LOCAL_PART_MAX_LENGTH
                && LOCAL.matcher(local).matches()
                && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
    }
}
