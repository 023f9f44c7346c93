package fr.interconnectes.candidatures.domain.candidacy;

import java.util.regex.Pattern;

/**
 * Host names of e-mail addresses and web sites: at least two dot-separated labels of letters, digits and
 * inner hyphens (63 characters at most each, Unicode letters accepted), the last one, the TLD, made of
 * letters or an {@code xn--} IDN label. No IP addresses, no {@code localhost}.
 */
final class DomainNames {

    private static final Pattern LABEL =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?");
    private static final Pattern TLD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]+|xn--[a-z0-9-]+", Pattern.CASE_INSENSITIVE);

    private DomainNames() {
    }

    static boolean isValid(String host) {
        if (host == null || host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TLD.matcher(labels[labels.length - 1]).matches();
    }
}
