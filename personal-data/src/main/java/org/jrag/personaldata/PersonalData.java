package org.jrag.personaldata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text, and replaces each finding with its kind's placeholder ({@code [EMAIL]}, {@code
 * [PHONE]}, {@code [CARD]}, {@code [IBAN]}, {@code [SSN]}) where asked. Patterns find candidates; checksums and
 * number plans decide, so that order numbers, dates and random digit runs pass:
 *
 * <ul>
 *   <li>payment cards: 13 to 19 digits, unbroken or printed in a card's groups (4-4-4-4, 4-6-5, ...) of single
 *       spaces or dashes, starting 2 to 6 (the major industry identifiers of card schemes), passing the Luhn check;
 *   <li>IBAN: a country code with a registered length, two check digits, upper-case letters and digits optionally
 *       grouped by single spaces, passing mod 97;
 *   <li>US SSN: {@code ddd-dd-dddd} (or with spaces) outside the never-issued ranges: area 000, 666 and 900-999,
 *       group 00, serial 0000;
 *   <li>phone numbers: international {@code +CC} numbers of 8 to 15 digits (E.164), North American numbers written
 *       with separators ({@code (415) 555-2671}, {@code 415-555-2671}), and national numbers with a trunk 0 written
 *       with separators ({@code 020 7946 0958}), standing apart from other digit groups; a bare run of digits is
 *       never taken for a phone number;
 *   <li>e-mail addresses: local part, {@code @}, a dotted domain with a top-level domain of letters.
 * </ul>
 *
 * Where findings overlap, the kind earlier in that list keeps the span.
 */
public final class PersonalData {

    private static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){10,30}");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.,])[2-6]\\d(?:[ -]?\\d){11,17}(?![\\d])");
    private static final Pattern SSN = Pattern.compile("(?<![\\d-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\d-])");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");
    private static final Pattern PHONE_INTERNATIONAL =
            Pattern.compile("(?<![\\w+])\\+\\d{1,3}(?:[ .-]?(?:\\(\\d{1,4}\\)|\\d{1,4})){1,7}(?![\\d])");
    private static final Pattern PHONE_NORTH_AMERICA = Pattern.compile(
            "(?<![\\w+(-])(?<!\\d )(?:1[-. ])?(?:\\(\\d{3}\\) ?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}(?![\\d-])(?! \\d)");
    private static final Pattern PHONE_NATIONAL =
            Pattern.compile("(?<![\\w+-])(?<!\\d )0\\d{1,4}[ /-]\\d{3,4}[ -]?\\d{3,4}(?![\\d-])(?! \\d)");

    /** A span of the text holding one kind of personal data. */
    public record Finding(PiiKind kind, int start, int end, String detail) {}

    private PersonalData() {}

    /** The findings of {@code kinds} in {@code text}, in text order, none overlapping another. */
    public static List<Finding> find(String text, Set<PiiKind> kinds) {
        var findings = new ArrayList<Finding>();
        // the order decides overlaps: the stricter, checksummed kinds first
        if (kinds.contains(PiiKind.IBAN)) {
            claim(findings, ibans(text));
        }
        if (kinds.contains(PiiKind.CARD)) {
            claim(findings, cards(text));
        }
        if (kinds.contains(PiiKind.SSN)) {
            claim(findings, ssns(text));
        }
        if (kinds.contains(PiiKind.EMAIL)) {
            claim(findings, matches(text, EMAIL, PiiKind.EMAIL, "e-mail address"));
        }
        if (kinds.contains(PiiKind.PHONE)) {
            claim(findings, phones(text));
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** The text with each finding of {@code kinds} replaced by its kind's placeholder. */
    public static String redact(String text, Set<PiiKind> kinds) {
        return redact(text, find(text, kinds));
    }

    /** The text with each finding replaced by its kind's placeholder. */
    public static String redact(String text, List<Finding> findings) {
        var redacted = new StringBuilder(text.length());
        int copied = 0;
        for (Finding f : findings) {
            redacted.append(text, copied, f.start()).append(f.kind().placeholder());
            copied = f.end();
        }
        return redacted.append(text, copied, text.length()).toString();
    }

    /**
     * The patterns whose matches the findings of {@code kinds} lie within: a finding starts and ends with a character
     * other than white space and depends only on its match and the two characters either side of it.
     */
    public static List<Pattern> patterns(Set<PiiKind> kinds) {
        var patterns = new ArrayList<Pattern>();
        if (kinds.contains(PiiKind.IBAN)) {
            patterns.add(IBAN);
        }
        if (kinds.contains(PiiKind.CARD)) {
            patterns.add(CARD);
        }
        if (kinds.contains(PiiKind.SSN)) {
            patterns.add(SSN);
        }
        if (kinds.contains(PiiKind.EMAIL)) {
            patterns.add(EMAIL);
        }
        if (kinds.contains(PiiKind.PHONE)) {
            patterns.addAll(List.of(PHONE_INTERNATIONAL, PHONE_NORTH_AMERICA, PHONE_NATIONAL));
        }
        return patterns;
    }

    /** Adds the candidates that overlap no finding already claimed. */
    private static void claim(List<Finding> claimed, List<Finding> candidates) {
        for (Finding c : candidates) {
            boolean free = claimed.stream().noneMatch(f -> c.start() < f.end() && f.start() < c.end());
            if (free) {
                claimed.add(c);
            }
        }
    }

    private static List<Finding> ibans(String text) {
        var found = new ArrayList<Finding>();
        Matcher m = IBAN.matcher(text);
        while (m.find()) {
            int length = Iban.length(text.substring(m.start(), m.start() + 2));
            if (length == 0) {
                continue;
            }
            // take exactly the country's number of characters, skipping the single spaces between groups
            var compact = new StringBuilder(length);
            int i = m.start();
            while (i < m.end() && compact.length() < length) {
                char c = text.charAt(i++);
                if (c != ' ') {
                    compact.append(c);
                }
            }
            boolean endsAtBoundary = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
            if (compact.length() == length && endsAtBoundary && Iban.isValid(compact.toString())) {
                found.add(new Finding(
                        PiiKind.IBAN, m.start(), i, "IBAN (" + compact.substring(0, 2) + ", mod-97 valid)"));
            }
        }
        return found;
    }

    private static List<Finding> cards(String text) {
        var found = new ArrayList<Finding>();
        Matcher m = CARD.matcher(text);
        while (m.find()) {
            // the pattern is greedy: a card followed by another group of digits is found by trying shorter
            // candidates that end at a separator, longest first
            for (int end = m.end(); end > m.start(); end = lastSeparator(text, m.start(), end)) {
                String candidate = text.substring(m.start(), end);
                String digits = candidate.replaceAll("[ -]", "");
                if (digits.length() >= 13
                        && digits.length() <= 19
                        && printedLikeACard(candidate)
                        && Luhn.isValid(digits)) {
                    found.add(new Finding(
                            PiiKind.CARD,
                            m.start(),
                            end,
                            "payment card number (" + digits.length() + " digits, Luhn-valid)"));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Card numbers are printed unbroken, in groups of four (the last of three or four), or as 4-6-5 / 4-6-4 (American
     * Express, Diners); one kind of separator throughout. This keeps digit runs grouped otherwise (the tail of an IBAN,
     * a table of figures) from passing for a card when their digits happen to pass Luhn.
     */
    private static boolean printedLikeACard(String candidate) {
        boolean spaces = candidate.indexOf(' ') >= 0;
        boolean dashes = candidate.indexOf('-') >= 0;
        if (!spaces && !dashes) {
            return true;
        }
        if (spaces && dashes) {
            return false;
        }
        String[] groups = candidate.split("[ -]");
        int[] sizes = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            sizes[i] = groups[i].length();
        }
        if (Arrays.equals(sizes, new int[] {4, 6, 5}) || Arrays.equals(sizes, new int[] {4, 6, 4})) {
            return true;
        }
        for (int i = 0; i < sizes.length - 1; i++) {
            if (sizes[i] != 4) {
                return false;
            }
        }
        int last = sizes[sizes.length - 1];
        return last == 3 || last == 4;
    }

    /** The index of the last space or dash in {@code [start, end)}, or {@code start} when there is none. */
    private static int lastSeparator(String text, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                return i;
            }
        }
        return start;
    }

    private static List<Finding> ssns(String text) {
        var found = new ArrayList<Finding>();
        Matcher m = SSN.matcher(text);
        while (m.find()) {
            int area = Integer.parseInt(m.group(1));
            int group = Integer.parseInt(m.group(3));
            int serial = Integer.parseInt(m.group(4));
            boolean issuable = area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
            if (issuable) {
                found.add(new Finding(PiiKind.SSN, m.start(), m.end(), "US social security number"));
            }
        }
        return found;
    }

    private static List<Finding> phones(String text) {
        var found = new ArrayList<Finding>();
        Matcher m = PHONE_INTERNATIONAL.matcher(text);
        while (m.find()) {
            // E.164: at most 15 digits with the country code; fewer than 8 is a score or an amount, not a number
            long digits = m.group().chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits <= 15) {
                found.add(new Finding(PiiKind.PHONE, m.start(), m.end(), "phone number (international)"));
            }
        }
        claim(found, matches(text, PHONE_NORTH_AMERICA, PiiKind.PHONE, "phone number (North American)"));
        claim(found, matches(text, PHONE_NATIONAL, PiiKind.PHONE, "phone number (national)"));
        return found;
    }

    private static List<Finding> matches(String text, Pattern pattern, PiiKind kind, String detail) {
        var found = new ArrayList<Finding>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Finding(kind, m.start(), m.end(), detail));
        }
        return found;
    }
}
