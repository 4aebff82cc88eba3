// The contract version and its compatibility rule live in the contract package hosts install.
export {
  CONTRACT_VERSION,
  contractMajor,
  isContractCompatible,
} from '@migratekit/vm-operations-contract';
