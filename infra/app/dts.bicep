metadata description = 'Durable Task Scheduler and its task hub, used only when durableBackend is DurableTaskScheduler.'

param name string
param taskHubName string
param location string
param tags object

@description('IP ranges allowed to reach the scheduler. An empty list denies all traffic; Flex Consumption has no fixed outbound IP without a VNet.')
param ipAllowlist array

resource scheduler 'Microsoft.DurableTask/schedulers@2025-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    ipAllowlist: ipAllowlist
    sku: {
      name: 'Consumption'
    }
  }
}

resource taskHub 'Microsoft.DurableTask/schedulers/taskHubs@2025-11-01' = {
  parent: scheduler
  name: taskHubName
}

output name string = scheduler.name
output endpoint string = scheduler.properties.endpoint
output taskHubName string = taskHub.name
