/** The sum of a Prometheus metric's samples (every label set) on an instance's /metrics. */
export async function metricValue(url: string, name: string): Promise<number> {
  const response = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`GET ${url}/metrics answered ${response.status}`);
  let total = 0;
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-z_:][a-z0-9_:]*)(?:\{[^}]*\})? (\S+)$/i.exec(line);
    if (match?.[1] === name) total += Number(match[2]);
  }
  return total;
}
