import { ApiError } from "../api";
import { t, useLang } from "../i18n";
import { ErrorBox, Loading } from "./ui";
import { serverNow } from "../serverTime";
import { shanghaiMinute } from "../format";

/** A 404 for a contract section means this contract has no such thing (or the gateway does not offer it yet). */
export const isAbsent = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Loading, "not in this contract", or the error with a retry, inside a section; null once there is data. */
export function SectionState({ loading, error, reload, testId }: { loading: boolean; error: unknown; reload: () => void; testId: string }) {
  useLang();
  if (isAbsent(error)) return <p className="empty" data-testid={`${testId}-absent`}>{t("本合同不含此项")}</p>;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (loading) return <Loading />;
  return null;
}

/** The server's current minute in Beijing as a datetime-local value (yyyy-MM-ddTHH:mm). */
export const shanghaiMinuteNow = (): string => shanghaiMinute(serverNow());

/** A datetime-local value read as Beijing time, as an instant with its offset. */
export const shanghaiInstant = (local: string) => `${local}:00+08:00`;
export const isLocalMinute = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value);
