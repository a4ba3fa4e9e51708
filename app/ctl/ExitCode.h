#pragma once

// teardownctl's exit codes. Scripts rely on them: they are listed in --help and the README and
// never change meaning.
enum ExitCode : int {
    Success = 0, // everything asked for was done (or, for plan, every instance can be returned)
    RunFailed = 1, // apply: at least one instance failed or its outcome is unknown
    CallsUnconfirmed = 1, // unconfirmed: destructive calls remain sent and never confirmed
    UsageError = 2, // bad arguments, malformed instance ids or a refused policy file
    AccountError = 3, // no such account, no credentials, keychain or history unavailable, endpoint refused
    ProviderFailure = 4, // the provider could not be read (network, authentication, server error)
    NotConfirmed = 5, // apply: not confirmed, --yes missing off a terminal, or canceled
    SomeBlocked = 6, // plan/apply: some instances are blocked or not found; the rest was planned/done
    // show/apply FILE: the saved plan was refused (unreadable, malformed, another version, edited,
    // too old, for an account not configured here); plan --out: it could not be written
    PlanFileRefused = 7,
};
