package org.jrag.gateway.access;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent a request, as the gateway's checks see it: an API key, or a user of the identity provider who sent an
 * access token.
 *
 * @param token whether the caller sent an access token rather than an API key
 * @param name the key's name, or the user's name from the token
 * @param readOnly whether the caller may only read and ask ({@link KeyPermissions#readsOnly})
 * @param collections the only collections the caller may use; empty when it may use every collection
 * @param principals who the caller reads documents as (a document whose readers name none of them is hidden from it);
 *     empty when it reads every document
 */
record Caller(
        boolean token,
        String name,
        boolean readOnly,
        Optional<Set<String>> collections,
        Optional<Set<String>> principals) {

    static Caller key(
            String name, boolean readOnly, Optional<Set<String>> collections, Optional<Set<String>> principals) {
        return new Caller(false, name, readOnly, collections, principals);
    }

    /** A user of the identity provider, who reads documents as its roles and {@code user:<name>}. */
    static Caller user(String name, boolean readOnly, Optional<Set<String>> collections, Set<String> roles) {
        var principals = new LinkedHashSet<String>();
        roles.stream().filter(role -> !role.contains(",")).forEach(principals::add);
        principals.add("user:" + name);
        return new Caller(true, name, readOnly, collections, Optional.of(Set.copyOf(principals)));
    }

    /** The rate-limit bucket and audit name: {@code key <name>} or {@code user <name>}. */
    String client() {
        return (token ? "user " : "key ") + name;
    }

    /** As problem details name the caller: {@code the API key 'x'} or {@code the token of user 'x'}. */
    String described() {
        return token ? "the token of user '" + name + "'" : "the API key '" + name + "'";
    }

    /** What the caller presented, as a problem's title says it: {@code API key} or {@code token}. */
    String credential() {
        return token ? "Token" : "API key";
    }

    /** The first part of a refusal's problem type: {@code api-key} or {@code token}. */
    String slugPrefix() {
        return token ? "token" : "api-key";
    }

    /**
     * The {@code key} tag of {@code rag_gateway_requests_total}: the key's name, or {@code token} for every user (one
     * series per user would grow without bound).
     */
    String meterKey() {
        return token ? "token" : name;
    }
}
