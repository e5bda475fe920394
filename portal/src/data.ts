import { api, asOfQuery, type Contract, type Evaluation } from "./api";

export interface ContractWithEvaluation { contract: Contract; evaluation: Evaluation }

/** Every contract the caller sees (every page of the list), each evaluated as of the same instant. */
export async function loadPortfolio(asOf: string | null = null): Promise<ContractWithEvaluation[]> {
  const contracts = await api.getAll<Contract>("/api/contracts?limit=200");
  return Promise.all(contracts.map(async (contract) => ({
    contract,
    evaluation: await api.get<Evaluation>(`/api/contracts/${encodeURIComponent(contract.id)}/evaluation${asOfQuery(asOf)}`),
  })));
}
